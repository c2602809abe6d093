/// The `InvoiceAddressDto` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct InvoiceAddressDto {
    /// Street address.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub line1: paygen_runtime::Nullable<String>,
    /// Additional street address information.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub line2: paygen_runtime::Nullable<String>,
    /// Name of the city.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub city: paygen_runtime::Nullable<String>,
    /// Postal or ZIP code.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub zip: paygen_runtime::Nullable<String>,
    /// Aurora country identifier.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "countryId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub country_id: paygen_runtime::Nullable<i32>,
    /// The `stateId` field.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "stateId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub state_id: paygen_runtime::Nullable<i32>,
    /// State identifier (in two-letter USPS \[United States Postal Service\] postal code).
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "stateName",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub state_name: paygen_runtime::Nullable<String>,
}
impl InvoiceAddressDto {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            line1: paygen_runtime::Nullable::Absent,
            line2: paygen_runtime::Nullable::Absent,
            city: paygen_runtime::Nullable::Absent,
            zip: paygen_runtime::Nullable::Absent,
            country_id: paygen_runtime::Nullable::Absent,
            state_id: paygen_runtime::Nullable::Absent,
            state_name: paygen_runtime::Nullable::Absent,
        }
    }
    /// Sets `line1`.
    pub fn with_line1(mut self, value: impl Into<String>) -> Self {
        self.line1 = paygen_runtime::Nullable::Value(value.into());
        self
    }
    /// Sets `line2`.
    pub fn with_line2(mut self, value: impl Into<String>) -> Self {
        self.line2 = paygen_runtime::Nullable::Value(value.into());
        self
    }
    /// Sets `city`.
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = paygen_runtime::Nullable::Value(value.into());
        self
    }
    /// Sets `zip`.
    pub fn with_zip(mut self, value: impl Into<String>) -> Self {
        self.zip = paygen_runtime::Nullable::Value(value.into());
        self
    }
    /// Sets `countryId`.
    pub fn with_country_id(mut self, value: i32) -> Self {
        self.country_id = paygen_runtime::Nullable::Value(value);
        self
    }
    /// Sets `stateId`.
    pub fn with_state_id(mut self, value: i32) -> Self {
        self.state_id = paygen_runtime::Nullable::Value(value);
        self
    }
    /// Sets `stateName`.
    pub fn with_state_name(mut self, value: impl Into<String>) -> Self {
        self.state_name = paygen_runtime::Nullable::Value(value.into());
        self
    }
}
