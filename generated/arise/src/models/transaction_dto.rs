/// An object with the properties `transactionId`, `amount`, `currencyId`, `transactionStatusId`, `transactionStatus`, `transactionTypeId`, `transactionType`, `authCode` and 2 more.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TransactionDto {
    /// Transaction ID
    #[serde(
        rename = "transactionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_id: Option<paygen_runtime::Uuid>,
    /// Transaction amount
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
    /// Transaction status identifier.
    #[serde(
        rename = "transactionStatusId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_status_id: Option<super::TransactionDtoTransactionStatusId>,
    /// Transaction status.
    #[serde(
        rename = "transactionStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_status: Option<String>,
    /// Transaction type identifier.
    #[serde(
        rename = "transactionTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_type_id: Option<super::TransactionDtoTransactionTypeId>,
    /// Transaction type name,
    #[serde(
        rename = "transactionType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_type: Option<String>,
    /// Authorization code of the transaction.
    #[serde(rename = "authCode", default, skip_serializing_if = "Option::is_none")]
    pub auth_code: Option<String>,
    /// Merchant id (MID) used for the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mid: Option<String>,
    /// Terminal id (TID) used for the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tid: Option<String>,
}
