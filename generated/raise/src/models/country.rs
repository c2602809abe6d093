/// A `countries` resource: a supported country.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Country {
    /// Resource type; always `countries`.
    #[serde(rename = "type")]
    pub type_: String,
    /// ISO 3166-1 alpha-2 country code.
    pub id: String,
    /// Attributes of a country.
    pub attributes: super::CountryAttributes,
}
