/// An object with the properties `addressLine1`, `addressLine2`, `city`, `zip`, `stateName`, `stateId` and `countryId`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct CreateCustomerAddressDto {
    /// Street address.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "addressLine1",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub address_line1: paygen_runtime::Nullable<String>,
    /// Additional street address information.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "addressLine2",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub address_line2: paygen_runtime::Nullable<String>,
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
    /// Two-letter USPS state code.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "stateName",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub state_name: paygen_runtime::Nullable<String>,
    /// A 32-bit integer.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "stateId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub state_id: paygen_runtime::Nullable<i32>,
    /// Aurora country identifier.
    #[serde(rename = "countryId", default, skip_serializing_if = "Option::is_none")]
    pub country_id: Option<i32>,
}

impl CreateCustomerAddressDto {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            address_line1: paygen_runtime::Nullable::Absent,
            address_line2: paygen_runtime::Nullable::Absent,
            city: paygen_runtime::Nullable::Absent,
            zip: paygen_runtime::Nullable::Absent,
            state_name: paygen_runtime::Nullable::Absent,
            state_id: paygen_runtime::Nullable::Absent,
            country_id: None,
        }
    }

    /// Property `addressLine1`: Street address.
    pub fn address_line1(mut self, value: impl Into<String>) -> Self {
        self.address_line1 = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `addressLine1` as `null`.
    pub fn clear_address_line1(mut self) -> Self {
        self.address_line1 = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `addressLine2`: Additional street address information.
    pub fn address_line2(mut self, value: impl Into<String>) -> Self {
        self.address_line2 = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `addressLine2` as `null`.
    pub fn clear_address_line2(mut self) -> Self {
        self.address_line2 = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `city`: Name of the city.
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.city = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `city` as `null`.
    pub fn clear_city(mut self) -> Self {
        self.city = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `zip`: Postal or ZIP code.
    pub fn zip(mut self, value: impl Into<String>) -> Self {
        self.zip = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `zip` as `null`.
    pub fn clear_zip(mut self) -> Self {
        self.zip = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `stateName`: Two-letter USPS state code.
    pub fn state_name(mut self, value: impl Into<String>) -> Self {
        self.state_name = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `stateName` as `null`.
    pub fn clear_state_name(mut self) -> Self {
        self.state_name = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `stateId`: A 32-bit integer.
    pub fn state_id(mut self, value: i32) -> Self {
        self.state_id = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `stateId` as `null`.
    pub fn clear_state_id(mut self) -> Self {
        self.state_id = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `countryId`: Aurora country identifier.
    pub fn country_id(mut self, value: i32) -> Self {
        self.country_id = Some(value);
        self
    }
}
