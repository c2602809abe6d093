/// An object with the properties `id`, `createdOn`, `modifiedOn`, `merchantId`, `customerId`, `terminalId`, `paymentProcessorId`, `posDeviceId` and 12 more.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetPosTransactionResponse {
    /// ID of POS transaction
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// Creation time of the POS transaction (ISO 8601, UTC or with offset).
    #[serde(rename = "createdOn", default, skip_serializing_if = "Option::is_none")]
    pub created_on: Option<paygen_runtime::DateTime>,
    /// When the POS transaction last changed (ISO 8601, UTC or with offset).
    #[serde(
        rename = "modifiedOn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub modified_on: Option<paygen_runtime::DateTime>,
    /// ARISE Merchant ID
    #[serde(
        rename = "merchantId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_id: Option<paygen_runtime::Uuid>,
    /// Customer identifier.
    #[serde(
        rename = "customerId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_id: Option<paygen_runtime::Uuid>,
    /// Terminal that runs the POS transaction.
    #[serde(
        rename = "terminalId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub terminal_id: Option<paygen_runtime::Uuid>,
    /// Predefined PaymentProcessorID
    #[serde(
        rename = "paymentProcessorId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_processor_id: Option<paygen_runtime::Uuid>,
    /// External POS Device ID
    #[serde(
        rename = "posDeviceId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pos_device_id: Option<String>,
    /// External Reference Device ID
    #[serde(
        rename = "referenceId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reference_id: Option<String>,
    /// Aurora-defined integer enumeration (PosService.Contracts.PosTransactionStatus).
    #[serde(
        rename = "posTransactionStatusId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pos_transaction_status_id: Option<super::PosTransactionStatus>,
    /// Status identifier.
    #[serde(
        rename = "posTransactionStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pos_transaction_status: Option<String>,
    /// Id of the resulting transaction; set once it has been processed.
    #[serde(
        rename = "transactionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_id: Option<paygen_runtime::Uuid>,
    /// Amount, for transaction types that take one.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub amount: Option<paygen_runtime::Decimal>,
    /// Aurora currency identifier.
    #[serde(
        rename = "currencyId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub currency_id: Option<i32>,
    /// Id of the original transaction (for void, capture and refund).
    #[serde(
        rename = "targetTransactionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_transaction_id: Option<paygen_runtime::Uuid>,
    /// Aurora-defined integer enumeration (PosService.Contracts.TransactionType).
    #[serde(
        rename = "transactionTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_type_id: Option<super::PosTransactionType>,
    /// Type of transaction the terminal runs.
    #[serde(
        rename = "transactionType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_type: Option<String>,
    /// POS transaction completion status.
    #[serde(
        rename = "isCompleted",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub is_completed: Option<bool>,
    /// An object with the properties `transactionId`, `amount`, `currencyId`, `transactionStatusId`, `transactionStatus`, `transactionTypeId`, `transactionType`, `authCode` and 2 more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction: Option<super::TransactionDto>,
    /// Receipt of the transaction; null or empty until the transaction completes.
    #[serde(
        rename = "transactionReceipt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_receipt: Option<super::TransactionReceiptDto>,
}
