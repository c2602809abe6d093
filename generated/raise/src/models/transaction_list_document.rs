/// Paged list of transactions (without their cards).
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TransactionListDocument {
    /// Transactions on this page.
    pub data: Vec<super::Transaction>,
    /// Metadata of a list document.
    pub meta: super::ListMeta,
}
