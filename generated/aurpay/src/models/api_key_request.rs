/// Dashboard login.
#[derive(Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct ApiKeyRequest {
    /// Dashboard password.
    ///
    /// Format: `password`.
    pub password: String,
    /// Dashboard account e-mail.
    pub username: String,
}

impl std::fmt::Debug for ApiKeyRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiKeyRequest")
            .field(
                "password",
                &paygen_runtime::redact::Redacted::full(&self.password),
            )
            .field("username", &self.username)
            .finish()
    }
}

impl paygen_runtime::redact::SensitiveValues for ApiKeyRequest {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::values_of(&self.password, out);
    }
}

impl ApiKeyRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(password: impl Into<String>, username: impl Into<String>) -> Self {
        Self {
            password: password.into(),
            username: username.into(),
        }
    }
}
