/// A currency to create.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct CurrencyCreateRequest {
    /// 2024 generation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
    /// Unique currency code; issuers refer to it.
    pub code: String,
    /// Internal description.
    pub description: String,
    /// Numeric code of the currency.
    #[serde(rename = "digitalCode")]
    pub digital_code: String,
    /// Number of decimal places (2024 generation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fraction: Option<i32>,
    /// Text.
    pub name: String,
    /// Serial-number prefix of the currency's wallets (2024 generation, where issuers no longer exist).
    #[serde(rename = "snPrefix", default, skip_serializing_if = "Option::is_none")]
    pub sn_prefix: Option<String>,
    /// Display symbol.
    pub symbol: String,
}

impl CurrencyCreateRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(
        code: impl Into<String>,
        description: impl Into<String>,
        digital_code: impl Into<String>,
        name: impl Into<String>,
        symbol: impl Into<String>,
    ) -> Self {
        Self {
            active: None,
            code: code.into(),
            description: description.into(),
            digital_code: digital_code.into(),
            fraction: None,
            name: name.into(),
            sn_prefix: None,
            symbol: symbol.into(),
        }
    }

    /// Property `active`: 2024 generation.
    pub fn active(mut self, value: bool) -> Self {
        self.active = Some(value);
        self
    }

    /// Property `fraction`: Number of decimal places (2024 generation).
    pub fn fraction(mut self, value: i32) -> Self {
        self.fraction = Some(value);
        self
    }

    /// Property `snPrefix`: Serial-number prefix of the currency's wallets (2024 generation, where issuers no longer exist).
    pub fn sn_prefix(mut self, value: impl Into<String>) -> Self {
        self.sn_prefix = Some(value.into());
        self
    }
}
