/// An object with the properties `id`, `transactionDateTime`, `transactionAmount`, `transactionTypeId`, `transactionType`, `transactionStatusId` and `transactionStatus`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct History {
    /// Transaction identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// When the invoice's transaction ran (ISO 8601, UTC or with offset).
    #[serde(
        rename = "transactionDateTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_date_time: Option<paygen_runtime::DateTime>,
    /// A decimal amount.
    #[serde(
        rename = "transactionAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub transaction_amount: Option<paygen_runtime::Decimal>,
    /// A 32-bit integer.
    #[serde(
        rename = "transactionTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_type_id: Option<i32>,
    /// Text.
    #[serde(
        rename = "transactionType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_type: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "transactionStatusId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_status_id: Option<i32>,
    /// Text.
    #[serde(
        rename = "transactionStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_status: Option<String>,
}
