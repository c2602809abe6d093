/// Form fields of the password grant.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct PasswordGrantRequest {
    /// Client ID issued by the Aurora Integrations team.
    pub client_id: String,
    /// Client Secret issued by the Aurora Integrations team.
    pub client_secret: String,
    /// Always `password`.
    pub grant_type: super::PasswordGrantRequestGrantType,
    /// Password issued by the Aurora Integrations team.
    ///
    /// Format: `password`.
    pub password: String,
    /// Must be `offline_access` to receive a refresh token.
    pub scope: super::PasswordGrantRequestScope,
    /// Username issued by the Aurora Integrations team.
    pub username: String,
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
            grant_type: super::PasswordGrantRequestGrantType::Password,
            password: password.into(),
            scope: super::PasswordGrantRequestScope::OfflineAccess,
            username: username.into(),
        }
    }
}
