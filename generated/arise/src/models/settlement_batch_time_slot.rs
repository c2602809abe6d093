/// An object with the properties `hours`, `minutes` and `timezoneName`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct SettlementBatchTimeSlot {
    /// Hour of the batch settlement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<i32>,
    /// Minute of the batch settlement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<i32>,
    /// Time zone of the settlement window.
    #[serde(
        rename = "timezoneName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub timezone_name: Option<String>,
}
