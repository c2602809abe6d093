/// Form body of the client-credentials token request. client_id/client_secret may instead be sent with HTTP Basic authentication (the curl example does so).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TokenRequest {
    /// Must be client_credentials.
    pub grant_type: super::TokenRequestGrantType,
    /// Must be offline_access.
    pub scope: super::TokenRequestScope,
    /// Client id of the API key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    /// Client secret of the API key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_secret: Option<String>,
}

impl TokenRequest {
    /// Creates the value from its required fields; optional fields start empty.
    ///
    /// Sets `grant_type` and `scope` to the one value each one's schema allows.
    pub fn new() -> Self {
        Self {
            grant_type: super::TokenRequestGrantType::ClientCredentials,
            scope: super::TokenRequestScope::OfflineAccess,
            client_id: None,
            client_secret: None,
        }
    }

    /// Sets `client_id`.
    pub fn with_client_id(mut self, value: impl Into<String>) -> Self {
        self.client_id = Some(value.into());
        self
    }

    /// Sets `client_secret`.
    pub fn with_client_secret(mut self, value: impl Into<String>) -> Self {
        self.client_secret = Some(value.into());
        self
    }
}

impl Default for TokenRequest {
    fn default() -> Self {
        Self::new()
    }
}
