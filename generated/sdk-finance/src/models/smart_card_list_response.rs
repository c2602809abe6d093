/// The caller's smart cards.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SmartCardListResponse {
    /// The `records` field.
    pub records: Vec<super::SmartCard>,
}
