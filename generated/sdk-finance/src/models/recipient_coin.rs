/// The destination wallet of a transfer template.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct RecipientCoin {
    /// `true` or `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Short form of a currency (2024 generation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<super::CurrencyShort>,
    /// Short form of an issuer (2022-2023 generation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<super::IssuerShort>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serial: Option<String>,
    /// Text.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
}
