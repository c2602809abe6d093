/// Issued tokens.
#[derive(Clone, PartialEq, serde::Deserialize)]
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

impl std::fmt::Debug for TokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenResponse")
            .field(
                "access_token",
                &paygen_runtime::redact::Redacted::full(&self.access_token),
            )
            .field("expires_in", &self.expires_in)
            .field(
                "refresh_token",
                &paygen_runtime::redact::Redacted::full(&self.refresh_token),
            )
            .field("token_type", &self.token_type)
            .finish()
    }
}
