/// The `ListSettlementBatchesResponse` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ListSettlementBatchesResponse {
    /// The `items` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<super::GetIsvSettlementBatchesResponse>>,
    /// The `total` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i32>,
}
