/// A bank to add to the catalog. BIC and SWIFT must be unique in the catalog.
///
/// **Inferred:** The request body is not published; fields mirror the bank record returned by listBanks, and the seed confirms bic and swift.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BankCatalogCreateRequest {
    /// The `address` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// BIC code, unique in the catalog.
    pub bic: String,
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
    /// The `name` field.
    pub name: String,
    /// SWIFT code, unique in the catalog.
    pub swift: String,
    /// The `zipCode` field.
    #[serde(rename = "zipCode", default, skip_serializing_if = "Option::is_none")]
    pub zip_code: Option<String>,
}
