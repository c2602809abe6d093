/// Bank details recorded on a top-up or withdrawal. Any field may be null.
#[derive(Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct BankInfo {
    /// The `address` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The `bankAccountNumber` field.
    #[serde(
        rename = "bankAccountNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub bank_account_number: Option<String>,
    /// The `bic` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bic: Option<String>,
    /// The `city` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The `country` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The `countryCode` field.
    #[serde(
        rename = "countryCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub country_code: Option<String>,
    /// The `fullName` field.
    #[serde(rename = "fullName", default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// The `iban` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iban: Option<String>,
    /// The `name` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The `swift` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub swift: Option<String>,
    /// The `zipCode` field.
    #[serde(rename = "zipCode", default, skip_serializing_if = "Option::is_none")]
    pub zip_code: Option<String>,
}
impl std::fmt::Debug for BankInfo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BankInfo")
            .field("address", &self.address)
            .field(
                "bank_account_number",
                &paygen_runtime::redact::Redacted::full(&self.bank_account_number),
            )
            .field("bic", &self.bic)
            .field("city", &self.city)
            .field("country", &self.country)
            .field("country_code", &self.country_code)
            .field("full_name", &self.full_name)
            .field("iban", &paygen_runtime::redact::Redacted::full(&self.iban))
            .field("name", &self.name)
            .field("swift", &self.swift)
            .field("zip_code", &self.zip_code)
            .finish()
    }
}
