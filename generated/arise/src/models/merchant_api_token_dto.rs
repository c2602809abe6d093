/// An object with the properties `merchantId`, `tokenName`, `clientId` and `creationDate`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct MerchantApiTokenDto {
    /// Id of the merchant the API key belongs to.
    #[serde(
        rename = "merchantId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_id: Option<paygen_runtime::Uuid>,
    /// Name of the API key.
    #[serde(rename = "tokenName", default, skip_serializing_if = "Option::is_none")]
    pub token_name: Option<String>,
    /// Client id of the API key.
    #[serde(rename = "clientId", default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<paygen_runtime::Uuid>,
    /// When the API key was created (ISO 8601, UTC or with offset).
    #[serde(
        rename = "creationDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub creation_date: Option<paygen_runtime::DateTime>,
}
