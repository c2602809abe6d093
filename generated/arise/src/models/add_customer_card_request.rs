/// An object with the properties `name`, `pan`, `expirationMonth`, `expirationYear` and `securityCode`. Required: `pan`, `expirationMonth` and `expirationYear`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct AddCustomerCardRequest {
    /// Payment method name
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub name: paygen_runtime::Nullable<String>,
    /// PAN
    pub pan: String,
    /// Expiration month
    #[serde(rename = "expirationMonth")]
    pub expiration_month: i32,
    /// Expiration year
    #[serde(rename = "expirationYear")]
    pub expiration_year: i32,
    /// Security code
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "securityCode",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub security_code: paygen_runtime::Nullable<String>,
}

impl AddCustomerCardRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(pan: impl Into<String>, expiration_month: i32, expiration_year: i32) -> Self {
        Self {
            name: paygen_runtime::Nullable::Absent,
            pan: pan.into(),
            expiration_month,
            expiration_year,
            security_code: paygen_runtime::Nullable::Absent,
        }
    }

    /// Sets `name`.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `name` as `null`.
    pub fn clear_name(mut self) -> Self {
        self.name = paygen_runtime::Nullable::Null;
        self
    }

    /// Sets `securityCode`.
    pub fn with_security_code(mut self, value: impl Into<String>) -> Self {
        self.security_code = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `securityCode` as `null`.
    pub fn clear_security_code(mut self) -> Self {
        self.security_code = paygen_runtime::Nullable::Null;
        self
    }
}
