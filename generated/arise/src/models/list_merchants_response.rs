/// The `ListMerchantsResponse` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListMerchantsResponse {
    /// Merchants on this page.
    pub items: Vec<super::ListMerchantsResponseItems>,
    /// Total number of merchants found.
    pub total: i32,
}
