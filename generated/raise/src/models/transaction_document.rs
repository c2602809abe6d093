/// Single-resource document wrapping a transaction.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TransactionDocument {
    /// A `transactions` resource: one gift card order.
    pub data: super::Transaction,
}
