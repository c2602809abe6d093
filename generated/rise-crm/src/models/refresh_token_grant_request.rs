/// Form fields of the refresh_token grant.
#[derive(Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct RefreshTokenGrantRequest {
    /// Client ID issued by the Aurora Integrations team.
    pub client_id: String,
    /// Client Secret issued by the Aurora Integrations team.
    pub client_secret: String,
    /// Always `refresh_token`.
    pub grant_type: String,
    /// Refresh token from the latest token response.
    pub refresh_token: String,
}

impl std::fmt::Debug for RefreshTokenGrantRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RefreshTokenGrantRequest")
            .field("client_id", &self.client_id)
            .field(
                "client_secret",
                &paygen_runtime::redact::Redacted::full(&self.client_secret),
            )
            .field("grant_type", &self.grant_type)
            .field(
                "refresh_token",
                &paygen_runtime::redact::Redacted::full(&self.refresh_token),
            )
            .finish()
    }
}

impl paygen_runtime::redact::SensitiveValues for RefreshTokenGrantRequest {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::values_of(&self.client_secret, out);
        paygen_runtime::redact::values_of(&self.refresh_token, out);
    }
}

impl RefreshTokenGrantRequest {
    /// Creates the value from its required fields; optional fields start empty.
    ///
    /// Sets `grant_type` to the one value its schema allows.
    pub fn new(
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        refresh_token: impl Into<String>,
    ) -> Self {
        Self {
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            grant_type: "refresh_token".to_owned(),
            refresh_token: refresh_token.into(),
        }
    }
}
