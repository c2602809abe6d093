/// Form fields of the refresh_token grant.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
