/// The `TransactionResponseWithAvs` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TransactionResponseWithAvs {
    /// Transaction identifier.
    #[serde(
        rename = "transactionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_id: Option<paygen_runtime::Uuid>,
    /// Date-time (in an ISO 8601 date-time UTC or time zone offset format) of the transaction execution.
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
    /// Status identifier of the transaction.
    #[serde(rename = "statusId", default, skip_serializing_if = "Option::is_none")]
    pub status_id: Option<i32>,
    /// Status name of the transaction
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// The `details` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<super::TransactionResponseDetailsDto>,
    /// Object describing the transaction receipt. The transaction receipt will be null or empty before the transaction is completed. After the completed transaction, it be filled out.
    #[serde(
        rename = "transactionReceipt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_receipt: Option<super::TransactionReceiptDto>,
    /// Which amount is authorized. The amount may differ from the amount in the request.
    #[serde(
        rename = "processedAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub processed_amount: Option<paygen_runtime::Decimal>,
    /// The `avsResponse` field.
    #[serde(
        rename = "avsResponse",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub avs_response: Option<super::AvsResponseDto>,
}
