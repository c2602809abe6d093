/// Form fields of the password grant.
#[derive(Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct PasswordGrantRequest {
    /// Client ID issued by the Aurora Integrations team.
    pub client_id: String,
    /// Client Secret issued by the Aurora Integrations team.
    pub client_secret: String,
    /// Always `password`.
    pub grant_type: String,
    /// Password issued by the Aurora Integrations team.
    ///
    /// Format: `password`.
    pub password: String,
    /// Must be `offline_access` to receive a refresh token.
    pub scope: String,
    /// Username issued by the Aurora Integrations team.
    pub username: String,
}

impl std::fmt::Debug for PasswordGrantRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PasswordGrantRequest")
            .field("client_id", &self.client_id)
            .field(
                "client_secret",
                &paygen_runtime::redact::Redacted::full(&self.client_secret),
            )
            .field("grant_type", &self.grant_type)
            .field(
                "password",
                &paygen_runtime::redact::Redacted::full(&self.password),
            )
            .field("scope", &self.scope)
            .field("username", &self.username)
            .finish()
    }
}

impl paygen_runtime::redact::SensitiveValues for PasswordGrantRequest {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::values_of(&self.client_secret, out);
        paygen_runtime::redact::values_of(&self.password, out);
    }
}

impl PasswordGrantRequest {
    /// Creates the value from its required fields; optional fields start empty.
    ///
    /// Sets `grant_type` and `scope` to the one value each one's schema allows.
    pub fn new(
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        password: impl Into<String>,
        username: impl Into<String>,
    ) -> Self {
        Self {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            grant_type: "password".to_owned(),
            password: password.into(),
            scope: "offline_access".to_owned(),
            username: username.into(),
        }
    }
}
