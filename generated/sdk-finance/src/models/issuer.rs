/// An issuer of a currency.
///
/// **Inferred:** The seed only says the response carries the issuer id; the full shape is the issuer record of the knowledge base's issuer list, assumed to be returned on creation too.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Issuer {
    /// `true` or `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// A currency. `id`, `snPrefix`, `active`, `fraction` and `isMain` belong to the 2024 generation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<super::Currency>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Issuer id, used wherever a currency must be named.
    pub id: String,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "orderNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub order_number: Option<i32>,
    /// A 32-bit integer.
    #[serde(
        rename = "orderQuote",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub order_quote: Option<i32>,
    /// Serial-number prefix of the issuer's wallets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sn: Option<String>,
}
