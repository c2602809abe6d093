/// An object with the properties `tipAmount` and `tipPercent`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct SuggestedTipsDto {
    /// Tip as a fixed amount in USD.
    #[serde(
        rename = "tipAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub tip_amount: Option<paygen_runtime::Decimal>,
    /// Tip in percent of the base amount.
    #[serde(
        rename = "tipPercent",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub tip_percent: Option<paygen_runtime::Decimal>,
}
