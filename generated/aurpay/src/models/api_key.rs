/// The issued API key.
#[derive(Clone, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ApiKey {
    /// JWT-format key; send it as the `API-Key` header.
    pub access_token: String,
}

impl std::fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ApiKey")
            .field(
                "access_token",
                &paygen_runtime::redact::Redacted::full(&self.access_token),
            )
            .finish()
    }
}
