/// A chain/cryptocurrency pair usable in Get Payment Info.
///
/// **Inferred:** The response shape was not retrieved; the notes describe it as supported chain/currency pairs. Unknown extra fields are kept.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CryptoCurrency {
    /// Blockchain code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chain: Option<String>,
    /// Cryptocurrency code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Properties not named in the schema, kept as sent.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}
