/// An object with the properties `clientId` and `clientSecret`.
#[derive(Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CreateMerchantApiKeyResponse {
    /// Client id of the new API key.
    #[serde(rename = "clientId", default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<paygen_runtime::Uuid>,
    /// Client secret of the new API key.
    #[serde(
        rename = "clientSecret",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub client_secret: Option<String>,
}

impl std::fmt::Debug for CreateMerchantApiKeyResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CreateMerchantApiKeyResponse")
            .field("client_id", &self.client_id)
            .field(
                "client_secret",
                &paygen_runtime::redact::Redacted::full(&self.client_secret),
            )
            .finish()
    }
}
