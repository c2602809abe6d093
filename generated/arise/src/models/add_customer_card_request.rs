/// An object with the properties `name`, `pan`, `expirationMonth`, `expirationYear` and `securityCode`. Required: `pan`, `expirationMonth` and `expirationYear`.
#[derive(Clone, PartialEq, serde::Serialize)]
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

impl std::fmt::Debug for AddCustomerCardRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AddCustomerCardRequest")
            .field("name", &self.name)
            .field("pan", &paygen_runtime::redact::Redacted::last4(&self.pan))
            .field("expiration_month", &self.expiration_month)
            .field("expiration_year", &self.expiration_year)
            .field(
                "security_code",
                &paygen_runtime::redact::Redacted::full(&self.security_code),
            )
            .finish()
    }
}

impl paygen_runtime::redact::SensitiveValues for AddCustomerCardRequest {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::values_of(&self.pan, out);
        paygen_runtime::redact::values_of(&self.security_code, out);
    }
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

    /// Property `name`: Payment method name
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `name` as `null`.
    pub fn clear_name(mut self) -> Self {
        self.name = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `securityCode`: Security code
    pub fn security_code(mut self, value: impl Into<String>) -> Self {
        self.security_code = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `securityCode` as `null`.
    pub fn clear_security_code(mut self) -> Self {
        self.security_code = paygen_runtime::Nullable::Null;
        self
    }
}
