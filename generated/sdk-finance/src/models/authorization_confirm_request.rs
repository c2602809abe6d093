/// Login and one-time password for the second login step.
#[derive(Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct AuthorizationConfirmRequest {
    /// The login given to `authorize`.
    pub login: String,
    /// The one-time password delivered to the login.
    pub otp: String,
}

impl std::fmt::Debug for AuthorizationConfirmRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuthorizationConfirmRequest")
            .field("login", &self.login)
            .field("otp", &paygen_runtime::redact::Redacted::full(&self.otp))
            .finish()
    }
}

impl paygen_runtime::redact::SensitiveValues for AuthorizationConfirmRequest {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::values_of(&self.otp, out);
    }
}

impl AuthorizationConfirmRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(login: impl Into<String>, otp: impl Into<String>) -> Self {
        Self {
            login: login.into(),
            otp: otp.into(),
        }
    }
}
