/// An object with the properties `items` and `total`. Required: `items` and `total`.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ListMerchantsResponse {
    /// Merchants on this page.
    pub items: Vec<super::ListMerchantsResponseItems>,
    /// Total number of merchants found.
    pub total: i32,
}
