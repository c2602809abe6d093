/// An object with the property `tokens`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ListMerchantApiKeysResponse {
    /// API keys of merchants, whether under an affiliate or standalone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<super::MerchantApiTokenDto>>,
}
