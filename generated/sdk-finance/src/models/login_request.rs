/// Credentials for a login.
#[derive(Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct LoginRequest {
    /// E-mail address, or phone number without the leading `+`.
    pub login: String,
    /// Text.
    pub password: String,
}

impl std::fmt::Debug for LoginRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoginRequest")
            .field("login", &self.login)
            .field(
                "password",
                &paygen_runtime::redact::Redacted::full(&self.password),
            )
            .finish()
    }
}

impl paygen_runtime::redact::SensitiveValues for LoginRequest {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::values_of(&self.password, out);
    }
}

impl LoginRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(login: impl Into<String>, password: impl Into<String>) -> Self {
        Self {
            login: login.into(),
            password: password.into(),
        }
    }
}
