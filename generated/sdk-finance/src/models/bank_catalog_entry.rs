/// A bank in the catalog.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct BankCatalogEntry {
    /// The `address` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The `bankId` field.
    #[serde(rename = "bankId")]
    pub bank_id: String,
    /// The `bic` field.
    pub bic: String,
    /// The `city` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// The `name` field.
    pub name: String,
    /// The `swift` field.
    pub swift: String,
    /// The `zipCode` field.
    #[serde(rename = "zipCode", default, skip_serializing_if = "Option::is_none")]
    pub zip_code: Option<String>,
}
