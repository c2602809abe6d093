/// An object with the properties `transactionId`, `transactionDateTime`, `typeId`, `type`, `statusId`, `status`, `details` and `transactionReceipt`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TransactionResponse {
    /// Transaction identifier.
    #[serde(
        rename = "transactionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_id: Option<paygen_runtime::Uuid>,
    /// When the transaction ran (ISO 8601, UTC or with offset).
    #[serde(
        rename = "transactionDateTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_date_time: Option<paygen_runtime::DateTime>,
    /// Type id of transaction.
    #[serde(rename = "typeId", default, skip_serializing_if = "Option::is_none")]
    pub type_id: Option<i32>,
    /// Type name of transaction
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// Status id of transaction.
    #[serde(rename = "statusId", default, skip_serializing_if = "Option::is_none")]
    pub status_id: Option<i32>,
    /// Status name of transaction
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// An object with the properties `hostResponseCode`, `hostResponseMessage`, `hostResponseDefinition`, `code`, `message`, `processorResponseCode`, `authCode` and `maskedPan`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<super::TransactionResponseDetailsDto>,
    /// Receipt of the transaction; null or empty until the transaction completes.
    #[serde(
        rename = "transactionReceipt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_receipt: Option<super::TransactionReceiptDto>,
}
