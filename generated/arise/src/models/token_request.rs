/// Form body of the client-credentials token request. client_id/client_secret may instead be sent with HTTP Basic authentication (the curl example does so).
#[derive(Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TokenRequest {
    /// Must be client_credentials. Always `client_credentials`.
    pub grant_type: String,
    /// Must be offline_access. Always `offline_access`.
    pub scope: String,
    /// Client id of the API key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Client secret of the API key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
}

impl std::fmt::Debug for TokenRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenRequest")
            .field("grant_type", &self.grant_type)
            .field("scope", &self.scope)
            .field("client_id", &self.client_id)
            .field(
                "client_secret",
                &paygen_runtime::redact::Redacted::full(&self.client_secret),
            )
            .finish()
    }
}

impl paygen_runtime::redact::SensitiveValues for TokenRequest {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::values_of(&self.client_secret, out);
    }
}

impl TokenRequest {
    /// Creates the value from its required fields; optional fields start empty.
    ///
    /// Sets `grant_type` and `scope` to the one value each one's schema allows.
    pub fn new() -> Self {
        Self {
            grant_type: "client_credentials".to_owned(),
            scope: "offline_access".to_owned(),
            client_id: None,
            client_secret: None,
        }
    }

    /// Property `client_id`: Client id of the API key.
    pub fn client_id(mut self, value: impl Into<String>) -> Self {
        self.client_id = Some(value.into());
        self
    }

    /// Property `client_secret`: Client secret of the API key.
    pub fn client_secret(mut self, value: impl Into<String>) -> Self {
        self.client_secret = Some(value.into());
        self
    }
}

impl Default for TokenRequest {
    fn default() -> Self {
        Self::new()
    }
}
