/// A server bearer token and its expiry.
#[derive(Clone, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TokenAttributes {
    /// Token to send as `Authorization: Bearer &lt;token&gt;`.
    pub access_token: String,
    /// Kind of token issued.
    #[serde(rename = "type")]
    pub type_: super::TokenType,
    /// Unix time (seconds) after which the token is rejected. Tokens currently last 15 minutes and several may be valid at once.
    pub expires_at: i64,
}

impl std::fmt::Debug for TokenAttributes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenAttributes")
            .field(
                "access_token",
                &paygen_runtime::redact::Redacted::full(&self.access_token),
            )
            .field("type_", &self.type_)
            .field("expires_at", &self.expires_at)
            .finish()
    }
}
