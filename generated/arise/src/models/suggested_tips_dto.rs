/// The `SuggestedTipsDto` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SuggestedTipsDto {
    /// Absolute amount (in USD) of tip to be added.
    #[serde(
        rename = "tipAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub tip_amount: Option<paygen_runtime::Decimal>,
    /// Tip rate as a percentage of the base amount to be added.
    #[serde(
        rename = "tipPercent",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub tip_percent: Option<paygen_runtime::Decimal>,
}
