/// The `AvailableOperation` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct AvailableOperation {
    /// The `typeId` field.
    #[serde(rename = "typeId", default, skip_serializing_if = "Option::is_none")]
    pub type_id: Option<i32>,
    /// The `type` field.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// The `availableAmount` field.
    #[serde(
        rename = "availableAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub available_amount: Option<paygen_runtime::Decimal>,
    /// The `suggestedTips` field.
    #[serde(
        rename = "suggestedTips",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub suggested_tips: Option<Vec<super::SuggestedTipsDto>>,
}
