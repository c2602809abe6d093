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
impl IssuerCreateRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(
        active: bool,
        currency_code: impl Into<String>,
        description: impl Into<String>,
        name: impl Into<String>,
        sn_prefix: impl Into<String>,
    ) -> Self {
        Self {
            active,
            currency_code: currency_code.into(),
            description: description.into(),
            name: name.into(),
            order_number: None,
            order_quote: None,
            sn_prefix: sn_prefix.into(),
        }
    }
    /// Sets `orderNumber`.
    pub fn with_order_number(mut self, value: i32) -> Self {
        self.order_number = Some(value);
        self
    }
    /// Sets `orderQuote`.
    pub fn with_order_quote(mut self, value: i32) -> Self {
        self.order_quote = Some(value);
        self
    }
}
