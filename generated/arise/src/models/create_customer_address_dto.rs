/// The `CreateCustomerAddressDto` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCustomerAddressDto {
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
    /// State identifier (in two-letter USPS \[United States Postal Service\] postal code).
    #[serde(rename = "stateName", default, skip_serializing_if = "Option::is_none")]
    pub state_name: Option<String>,
    /// The `stateId` field.
    #[serde(rename = "stateId", default, skip_serializing_if = "Option::is_none")]
    pub state_id: Option<i32>,
    /// Aurora country identifier.
    #[serde(rename = "countryId", default, skip_serializing_if = "Option::is_none")]
    pub country_id: Option<i32>,
}
impl CreateCustomerAddressDto {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            address_line1: None,
            address_line2: None,
            city: None,
            zip: None,
            state_name: None,
            state_id: None,
            country_id: None,
        }
    }
    /// Sets `addressLine1`.
    pub fn with_address_line1(mut self, value: impl Into<String>) -> Self {
        self.address_line1 = Some(value.into());
        self
    }
    /// Sets `addressLine2`.
    pub fn with_address_line2(mut self, value: impl Into<String>) -> Self {
        self.address_line2 = Some(value.into());
        self
    }
    /// Sets `city`.
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
    /// Sets `zip`.
    pub fn with_zip(mut self, value: impl Into<String>) -> Self {
        self.zip = Some(value.into());
        self
    }
    /// Sets `stateName`.
    pub fn with_state_name(mut self, value: impl Into<String>) -> Self {
        self.state_name = Some(value.into());
        self
    }
    /// Sets `stateId`.
    pub fn with_state_id(mut self, value: i32) -> Self {
        self.state_id = Some(value);
        self
    }
    /// Sets `countryId`.
    pub fn with_country_id(mut self, value: i32) -> Self {
        self.country_id = Some(value);
        self
    }
}
