/// The `CreateMerchantApiKeyResponse` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateMerchantApiKeyResponse {
    /// ClientId associated with the API key.
    #[serde(rename = "clientId", default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<paygen_runtime::Uuid>,
    /// The generated client secret for the merchant.
    #[serde(
        rename = "clientSecret",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub client_secret: Option<String>,
}
