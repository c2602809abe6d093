/// Issued tokens.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TokenResponse {
    /// Bearer token for API calls.
    pub access_token: String,
    /// Lifetime of the access token in seconds.
    pub expires_in: i64,
    /// Refresh token; a refresh returns a new one that replaces it.
    pub refresh_token: String,
    /// Token type.
    pub token_type: String,
}
