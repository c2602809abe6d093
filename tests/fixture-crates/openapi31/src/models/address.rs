/// The `Address` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Address {
    /// The `line1` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line1: Option<String>,
    /// The `country` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<super::AddressCountry>,
}
