/// An object with the properties `type`, `last4` and `amount`. Required: `type` and `last4`.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Card {
    /// Text.
    #[serde(rename = "type")]
    pub type_: String,
    /// Text.
    pub last4: String,
    /// A decimal amount.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub amount: Option<paygen_runtime::Decimal>,
}
