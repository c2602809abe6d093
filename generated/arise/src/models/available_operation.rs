/// An object with the properties `typeId`, `type`, `availableAmount` and `suggestedTips`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct AvailableOperation {
    /// A 32-bit integer.
    #[serde(rename = "typeId", default, skip_serializing_if = "Option::is_none")]
    pub type_id: Option<i32>,
    /// Text.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// A decimal amount.
    #[serde(
        rename = "availableAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub available_amount: Option<paygen_runtime::Decimal>,
    /// A list of objects with the properties `tipAmount` and `tipPercent`.
    #[serde(
        rename = "suggestedTips",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub suggested_tips: Option<Vec<super::SuggestedTipsDto>>,
}
