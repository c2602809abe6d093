/// An object with the properties `city`, `countryId`, `line1`, `line2`, `postalCode`, `stateName` and `stateId`. Required: `city` and `countryId`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct AddressDto {
    /// Name of the city.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// Aurora country identifier.
    #[serde(rename = "countryId", default, skip_serializing_if = "Option::is_none")]
    pub country_id: Option<i32>,
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
    /// Postal or ZIP code.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "postalCode",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub postal_code: paygen_runtime::Nullable<String>,
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
}

impl AddressDto {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            city: None,
            country_id: None,
            line1: paygen_runtime::Nullable::Absent,
            line2: paygen_runtime::Nullable::Absent,
            postal_code: paygen_runtime::Nullable::Absent,
            state_name: paygen_runtime::Nullable::Absent,
            state_id: paygen_runtime::Nullable::Absent,
        }
    }

    /// Property `city`: Name of the city.
    pub fn city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }

    /// Property `countryId`: Aurora country identifier.
    pub fn country_id(mut self, value: i32) -> Self {
        self.country_id = Some(value);
        self
    }

    /// Property `line1`: Street address.
    pub fn line1(mut self, value: impl Into<String>) -> Self {
        self.line1 = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `line1` as `null`.
    pub fn clear_line1(mut self) -> Self {
        self.line1 = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `line2`: Additional street address information.
    pub fn line2(mut self, value: impl Into<String>) -> Self {
        self.line2 = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `line2` as `null`.
    pub fn clear_line2(mut self) -> Self {
        self.line2 = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `postalCode`: Postal or ZIP code.
    pub fn postal_code(mut self, value: impl Into<String>) -> Self {
        self.postal_code = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `postalCode` as `null`.
    pub fn clear_postal_code(mut self) -> Self {
        self.postal_code = paygen_runtime::Nullable::Null;
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
}
