/// Paged list of transactions (without their cards).
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TransactionListDocument {
    /// Transactions on this page.
    pub data: Vec<super::Transaction>,
    /// Metadata of a list document.
    pub meta: super::ListMeta,
}
