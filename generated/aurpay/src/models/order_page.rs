/// One page of orders.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct OrderPage {
    /// Orders on this page.
    pub data: Vec<super::Order>,
    /// Number of the last page.
    pub max_page: i64,
    /// Number of this page.
    pub page: i64,
    /// Page size.
    pub size: i64,
    /// Total number of orders.
    pub total: i64,
}
