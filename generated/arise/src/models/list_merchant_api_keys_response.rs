/// The `ListMerchantApiKeysResponse` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListMerchantApiKeysResponse {
    /// Array of objects identifying a list API keys. These API keys were created for merchants under an affiliate account or as a standalone merchants.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<super::MerchantApiTokenDto>>,
}
