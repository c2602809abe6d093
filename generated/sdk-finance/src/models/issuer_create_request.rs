/// An issuer to create for an existing currency.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct IssuerCreateRequest {
    /// The `active` field.
    pub active: bool,
    /// Code of an existing currency.
    #[serde(rename = "currencyCode")]
    pub currency_code: String,
    /// The `description` field.
    pub description: String,
    /// The `name` field.
    pub name: String,
    /// The `orderNumber` field.
    #[serde(
        rename = "orderNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub order_number: Option<i32>,
    /// The `orderQuote` field.
    #[serde(
        rename = "orderQuote",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub order_quote: Option<i32>,
    /// Serial-number prefix for the issuer's wallets.
    #[serde(rename = "snPrefix")]
    pub sn_prefix: String,
}
