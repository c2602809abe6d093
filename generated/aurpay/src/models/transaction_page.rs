/// One page of transactions.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TransactionPage {
    /// Transactions on this page.
    pub data: Vec<super::Transaction>,
    /// Number of the last page.
    pub max_page: i64,
    /// Number of this page.
    pub page: i64,
    /// Page size.
    pub size: i64,
    /// Total number of transactions.
    pub total: i64,
}
