/// The `PaymentProcessorDto` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaymentProcessorDto {
    /// Payment processor identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// Name of the payment processor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// This is the default payment processor.
    #[serde(rename = "isDefault", default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// Payment processor type identifier.
    #[serde(rename = "typeId", default, skip_serializing_if = "Option::is_none")]
    pub type_id: Option<super::PaymentProcessorDtoTypeId>,
    /// Payment processor type.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Object describing the scheduled time windows for settlement batch processing.
    #[serde(
        rename = "settlementBatchTimeSlots",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub settlement_batch_time_slots: Option<Vec<super::SettlementBatchTimeSlot>>,
}
