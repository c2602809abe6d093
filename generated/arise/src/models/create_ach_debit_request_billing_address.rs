/// The `CreateAchDebitRequestBillingAddress` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateAchDebitRequestBillingAddress {
    /// Name of the city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Aurora country identifier.
    #[serde(rename = "countryId", default, skip_serializing_if = "Option::is_none")]
    pub country_id: Option<i32>,
    /// Street address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line1: Option<String>,
    /// Additional street address information.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line2: Option<String>,
    /// Postal or ZIP code.
    #[serde(
        rename = "postalCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub postal_code: Option<String>,
    /// State identifier (in two-letter USPS \[United States Postal Service\] postal code).
    #[serde(rename = "stateName", default, skip_serializing_if = "Option::is_none")]
    pub state_name: Option<String>,
    /// The `stateId` field.
    #[serde(rename = "stateId", default, skip_serializing_if = "Option::is_none")]
    pub state_id: Option<i32>,
}
impl CreateAchDebitRequestBillingAddress {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            city: None,
            country_id: None,
            line1: None,
            line2: None,
            postal_code: None,
            state_name: None,
            state_id: None,
        }
    }
    /// Sets `city`.
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
    /// Sets `countryId`.
    pub fn with_country_id(mut self, value: i32) -> Self {
        self.country_id = Some(value);
        self
    }
    /// Sets `line1`.
    pub fn with_line1(mut self, value: impl Into<String>) -> Self {
        self.line1 = Some(value.into());
        self
    }
    /// Sets `line2`.
    pub fn with_line2(mut self, value: impl Into<String>) -> Self {
        self.line2 = Some(value.into());
        self
    }
    /// Sets `postalCode`.
    pub fn with_postal_code(mut self, value: impl Into<String>) -> Self {
        self.postal_code = Some(value.into());
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
}
