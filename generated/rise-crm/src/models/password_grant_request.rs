/// Form fields of the password grant.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PasswordGrantRequest {
    /// Client ID issued by the Aurora Integrations team.
    pub client_id: String,
    /// Client Secret issued by the Aurora Integrations team.
    pub client_secret: String,
    /// Always `password`.
    pub grant_type: super::PasswordGrantRequestGrantType,
    /// Password issued by the Aurora Integrations team.
    pub password: String,
    /// Must be `offline_access` to receive a refresh token.
    pub scope: super::PasswordGrantRequestScope,
    /// Username issued by the Aurora Integrations team.
    pub username: String,
}
