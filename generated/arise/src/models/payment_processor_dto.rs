/// An object with the properties `id`, `name`, `isDefault`, `typeId`, `type` and `settlementBatchTimeSlots`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct PaymentProcessorDto {
    /// Payment processor identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// Name of the payment processor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Whether this is the default processor.
    #[serde(rename = "isDefault", default, skip_serializing_if = "Option::is_none")]
    pub is_default: Option<bool>,
    /// Payment processor type identifier. 0 is not a documented value, but the vendor's response samples send it, so it is accepted (as Unspecified).
    ///
    /// **Inferred:** 0 and its name Unspecified are not documented; added because the vendor's own response samples contain 0
    #[serde(rename = "typeId", default, skip_serializing_if = "Option::is_none")]
    pub type_id: Option<super::PaymentProcessorDtoTypeId>,
    /// Payment processor type.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Scheduled settlement windows of the processor.
    #[serde(
        rename = "settlementBatchTimeSlots",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub settlement_batch_time_slots: Option<Vec<super::SettlementBatchTimeSlot>>,
}
