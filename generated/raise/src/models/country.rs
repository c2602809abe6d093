/// A `countries` resource: a supported country.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Country {
    /// Resource type; always `countries`.
    #[serde(rename = "type")]
    pub type_: super::CountryType,
    /// ISO 3166-1 alpha-2 country code.
    pub id: String,
    /// Attributes of a country.
    pub attributes: super::CountryAttributes,
}
