/// The `MerchantApiTokenDto` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MerchantApiTokenDto {
    /// Merchant identifier of the API key.
    #[serde(
        rename = "merchantId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_id: Option<paygen_runtime::Uuid>,
    /// Name of the API key.
    #[serde(rename = "tokenName", default, skip_serializing_if = "Option::is_none")]
    pub token_name: Option<String>,
    /// The clientId or the first value association with the API key.
    #[serde(rename = "clientId", default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<paygen_runtime::Uuid>,
    /// Creation date of the API key (in an ISO 8601 date-time UTC or time zone offset format).
    #[serde(
        rename = "creationDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub creation_date: Option<paygen_runtime::DateTime>,
}
