/// Single-resource document wrapping a transaction.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TransactionDocument {
    /// A `transactions` resource: one gift card order.
    pub data: super::Transaction,
}
