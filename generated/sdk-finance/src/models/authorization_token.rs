/// A session token and the moment it stops being valid.
#[derive(Clone, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct AuthorizationToken {
    /// Expiry of the token.
    #[serde(rename = "expiresAt")]
    pub expires_at: paygen_runtime::DateTime,
    /// Value to send after `TOKEN ` in the `Authorization` header.
    pub token: String,
}

impl std::fmt::Debug for AuthorizationToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuthorizationToken")
            .field("expires_at", &self.expires_at)
            .field(
                "token",
                &paygen_runtime::redact::Redacted::full(&self.token),
            )
            .finish()
    }
}
