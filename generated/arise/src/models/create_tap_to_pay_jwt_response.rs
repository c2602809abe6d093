/// An object with the properties `jwtToken` and `expiresAt`.
#[derive(Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CreateTapToPayJwtResponse {
    /// JWT for Tap to Pay.
    #[serde(rename = "jwtToken", default, skip_serializing_if = "Option::is_none")]
    pub jwt_token: Option<String>,
    /// When the token expires (ISO 8601, UTC).
    #[serde(rename = "expiresAt", default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<paygen_runtime::DateTime>,
}

impl std::fmt::Debug for CreateTapToPayJwtResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateTapToPayJwtResponse")
            .field(
                "jwt_token",
                &paygen_runtime::redact::Redacted::full(&self.jwt_token),
            )
            .field("expires_at", &self.expires_at)
            .finish()
    }
}
