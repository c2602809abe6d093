/// An object with the properties `id`, `isoCode` and `name`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CountryDto {
    /// Country identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i32>,
    /// Two-letter ISO 3166-1 country code.
    #[serde(rename = "isoCode", default, skip_serializing_if = "Option::is_none")]
    pub iso_code: Option<String>,
    /// Name of the country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}
