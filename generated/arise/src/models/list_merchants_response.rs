/// The `ListMerchantsResponse` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListMerchantsResponse {
    /// Object array for the returned merchant list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<super::ListMerchantsResponseItems>>,
    /// Total number of merchants found.
    pub total: i32,
}
