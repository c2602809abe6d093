/// Form fields of the refresh_token grant.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct RefreshTokenGrantRequest {
    /// Client ID issued by the Aurora Integrations team.
    pub client_id: String,
    /// Client Secret issued by the Aurora Integrations team.
    pub client_secret: String,
    /// Always `refresh_token`.
    pub grant_type: super::RefreshTokenGrantRequestGrantType,
    /// Refresh token from the latest token response.
    pub refresh_token: String,
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
            grant_type: super::RefreshTokenGrantRequestGrantType::RefreshToken,
            refresh_token: refresh_token.into(),
        }
    }
}
