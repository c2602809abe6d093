/// An object with the properties `name`, `pan`, `expirationMonth`, `expirationYear` and `securityCode`.
#[derive(Clone, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct CreateCustomerPaymentMethodCardDto {
    /// Payment method name
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub name: paygen_runtime::Nullable<String>,
    /// PAN
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub pan: paygen_runtime::Nullable<String>,
    /// Expiration month
    #[serde(
        rename = "expirationMonth",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_month: Option<i32>,
    /// Expiration year
    #[serde(
        rename = "expirationYear",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_year: Option<i32>,
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

impl std::fmt::Debug for CreateCustomerPaymentMethodCardDto {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateCustomerPaymentMethodCardDto")
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

impl paygen_runtime::redact::SensitiveValues for CreateCustomerPaymentMethodCardDto {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::values_of(&self.pan, out);
        paygen_runtime::redact::values_of(&self.security_code, out);
    }
}

impl CreateCustomerPaymentMethodCardDto {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            name: paygen_runtime::Nullable::Absent,
            pan: paygen_runtime::Nullable::Absent,
            expiration_month: None,
            expiration_year: None,
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

    /// Property `pan`: PAN
    pub fn pan(mut self, value: impl Into<String>) -> Self {
        self.pan = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `pan` as `null`.
    pub fn clear_pan(mut self) -> Self {
        self.pan = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `expirationMonth`: Expiration month
    pub fn expiration_month(mut self, value: i32) -> Self {
        self.expiration_month = Some(value);
        self
    }

    /// Property `expirationYear`: Expiration year
    pub fn expiration_year(mut self, value: i32) -> Self {
        self.expiration_year = Some(value);
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
