/// A session token and the moment it stops being valid.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct AuthorizationToken {
    /// Expiry of the token.
    #[serde(rename = "expiresAt")]
    pub expires_at: paygen_runtime::DateTime,
    /// Value to send after `TOKEN ` in the `Authorization` header.
    pub token: String,
}
