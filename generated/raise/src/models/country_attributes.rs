/// Attributes of a country.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CountryAttributes {
    /// ISO 4217 code of the country's default currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Number of brands offered in the country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_brands: Option<i32>,
}
