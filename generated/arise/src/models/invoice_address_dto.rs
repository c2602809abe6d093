/// The `InvoiceAddressDto` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceAddressDto {
    /// Street address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line1: Option<String>,
    /// Additional street address information.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line2: Option<String>,
    /// Name of the city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Postal or ZIP code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zip: Option<String>,
    /// Aurora country identifier.
    #[serde(rename = "countryId", default, skip_serializing_if = "Option::is_none")]
    pub country_id: Option<i32>,
    /// The `stateId` field.
    #[serde(rename = "stateId", default, skip_serializing_if = "Option::is_none")]
    pub state_id: Option<i32>,
    /// State identifier (in two-letter USPS \[United States Postal Service\] postal code).
    #[serde(rename = "stateName", default, skip_serializing_if = "Option::is_none")]
    pub state_name: Option<String>,
}
