/// An object with the properties `merchantId` and `tokenName`. Required: `merchantId` and `tokenName`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct CreateMerchantApiKeyRequest {
    /// Identifier of the merchant.
    #[serde(rename = "merchantId")]
    pub merchant_id: paygen_runtime::Uuid,
    /// Free-text name of the API key.
    #[serde(rename = "tokenName")]
    pub token_name: String,
}

impl CreateMerchantApiKeyRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(merchant_id: paygen_runtime::Uuid, token_name: impl Into<String>) -> Self {
        Self {
            merchant_id,
            token_name: token_name.into(),
        }
    }
}
