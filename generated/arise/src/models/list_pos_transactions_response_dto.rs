/// The `ListPosTransactionsResponseDto` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListPosTransactionsResponseDto {
    /// ID of POS transaction
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// Date-time (in an ISO 8601 date-time UTC or time zone offset format) of the POS transaction creation.
    #[serde(rename = "createdOn", default, skip_serializing_if = "Option::is_none")]
    pub created_on: Option<paygen_runtime::DateTime>,
    /// ID of terminal should handle POS Transaction
    #[serde(
        rename = "terminalId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub terminal_id: Option<paygen_runtime::Uuid>,
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
    /// ID of attached transaction. Available after processing.
    #[serde(
        rename = "transactionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_id: Option<paygen_runtime::Uuid>,
    /// Transaction amount for transaction types requires Amount
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
    /// Transaction Id for Void, Capture, Refund
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
    /// Transaction type being processed by the terminal.
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
}
