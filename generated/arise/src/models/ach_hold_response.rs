/// An object with the properties `transactionId`, `typeId`, `type`, `statusId`, `status`, `responseDescription` and `responseCode`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct AchHoldResponse {
    /// Transaction identifier.
    #[serde(
        rename = "transactionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_id: Option<paygen_runtime::Uuid>,
    /// A 32-bit integer.
    #[serde(rename = "typeId", default, skip_serializing_if = "Option::is_none")]
    pub type_id: Option<i32>,
    /// Aurora ACH transaction type.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Aurora ACH transaction status code.
    #[serde(rename = "statusId", default, skip_serializing_if = "Option::is_none")]
    pub status_id: Option<i32>,
    /// Aurora ACH transaction status type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Free text that explains the result.
    #[serde(
        rename = "responseDescription",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub response_description: Option<String>,
    /// Response code regarding the transaction.
    #[serde(
        rename = "responseCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub response_code: Option<String>,
}
