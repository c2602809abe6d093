/// An object with the properties `addressLine1`, `addressLine2`, `city`, `zip`, `stateName`, `state` and `country`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CustomerAddressDto {
    /// Street address.
    #[serde(
        rename = "addressLine1",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub address_line1: Option<String>,
    /// Additional street address information.
    #[serde(
        rename = "addressLine2",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub address_line2: Option<String>,
    /// Name of the city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Postal or ZIP code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
    /// State name.
    #[serde(rename = "stateName", default, skip_serializing_if = "Option::is_none")]
    pub state_name: Option<String>,
    /// An object with the properties `id`, `code` and `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<super::StateDto>,
    /// An object with the properties `id`, `isoCode` and `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<super::CountryDto>,
}
