/// A currency to create.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
    /// The `name` field.
    pub name: String,
    /// Serial-number prefix of the currency's wallets (2024 generation, where issuers no longer exist).
    #[serde(rename = "snPrefix", default, skip_serializing_if = "Option::is_none")]
    pub sn_prefix: Option<String>,
    /// Display symbol.
    pub symbol: String,
}
