/// An object with the properties `access_token`, `refresh_token`, `token_type` and `expires_in`. Required: `access_token`, `token_type` and `expires_in`.
///
/// **Inferred:** required list assumed from the response table; the document gives no schema
#[derive(Clone, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TokenResponse {
    /// JWT to send as "Authorization: Bearer &lt;token&gt;".
    pub access_token: String,
    /// Refresh token (the refresh grant itself is not documented).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refresh_token: Option<String>,
    /// Always Bearer.
    pub token_type: String,
    /// Lifetime of the access token in seconds.
    pub expires_in: i32,
}

impl std::fmt::Debug for TokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenResponse")
            .field(
                "access_token",
                &paygen_runtime::redact::Redacted::full(&self.access_token),
            )
            .field(
                "refresh_token",
                &paygen_runtime::redact::Redacted::full(&self.refresh_token),
            )
            .field("token_type", &self.token_type)
            .field("expires_in", &self.expires_in)
            .finish()
    }
}
