/// Attributes of an auth token resource. A nonce step returns `type` (the method type) and `nonce`; a validation or refresh step returns `token`, `type` (`BEARER`) and `expires_at`.
#[derive(Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct AuthTokenAttributes {
    /// Customer bearer token to send as `Authorization: Bearer &lt;token&gt;`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    /// Value of `type` in an auth token response. The document lists only `BEARER`, but its nonce example returns the authentication method type (e.g. `SR25519_KEY_PAIR`), so those values are accepted too.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<super::AuthTokenType>,
    /// Unix time (seconds) at which the token stops being accepted. Customer tokens currently last about six months.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<i64>,
    /// Hex-encoded challenge nonce; decode it to bytes before signing it with the customer's private key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nonce: Option<String>,
}

impl std::fmt::Debug for AuthTokenAttributes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuthTokenAttributes")
            .field(
                "token",
                &paygen_runtime::redact::Redacted::full(&self.token),
            )
            .field("type_", &self.type_)
            .field("expires_at", &self.expires_at)
            .field("nonce", &self.nonce)
            .finish()
    }
}
