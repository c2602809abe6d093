/// The caller's smart cards.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct SmartCardListResponse {
    /// The `records` field.
    pub records: Vec<super::SmartCard>,
}
