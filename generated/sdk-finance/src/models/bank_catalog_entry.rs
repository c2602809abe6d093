/// A bank in the catalog.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct BankCatalogEntry {
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Text.
    #[serde(rename = "bankId")]
    pub bank_id: String,
    /// Text.
    pub bic: String,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Text.
    pub name: String,
    /// Text.
    pub swift: String,
    /// Text.
    #[serde(rename = "zipCode", default, skip_serializing_if = "Option::is_none")]
    pub zip_code: Option<String>,
}
