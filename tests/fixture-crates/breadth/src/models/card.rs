/// The `Card` schema.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Card {
    /// The `type` field.
    #[serde(rename = "type")]
    pub type_: String,
    /// The `last4` field.
    pub last4: String,
    /// The `amount` field.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub amount: Option<paygen_runtime::Decimal>,
}
