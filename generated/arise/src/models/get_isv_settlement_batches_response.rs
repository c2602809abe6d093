/// An object with the properties `id`, `paymentProcessorId`, `paymentProcessorName`, `externalBatchId`, `batchDateTime`, `transactionCount`, `netAmount`, `refundsAmount` and 3 more.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetIsvSettlementBatchesResponse {
    /// A UUID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// A UUID.
    #[serde(
        rename = "paymentProcessorId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_processor_id: Option<paygen_runtime::Uuid>,
    /// Text.
    #[serde(
        rename = "paymentProcessorName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_processor_name: Option<String>,
    /// Text.
    #[serde(
        rename = "externalBatchId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub external_batch_id: Option<String>,
    /// When the batch was closed (ISO 8601, UTC or with offset).
    #[serde(
        rename = "batchDateTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub batch_date_time: Option<paygen_runtime::DateTime>,
    /// A decimal amount.
    #[serde(
        rename = "transactionCount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub transaction_count: Option<paygen_runtime::Decimal>,
    /// A decimal amount.
    #[serde(
        rename = "netAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub net_amount: Option<paygen_runtime::Decimal>,
    /// A decimal amount.
    #[serde(
        rename = "refundsAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub refunds_amount: Option<paygen_runtime::Decimal>,
    /// A decimal amount.
    #[serde(
        rename = "salesAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub sales_amount: Option<paygen_runtime::Decimal>,
    /// SettlementBatchStatus Open = 1 Settled = 2
    #[serde(rename = "statusId", default, skip_serializing_if = "Option::is_none")]
    pub status_id: Option<i32>,
    /// Text.
    #[serde(
        rename = "statusName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_name: Option<String>,
}
