/// The `GetIsvSettlementBatchesResponse` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetIsvSettlementBatchesResponse {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// The `paymentProcessorId` field.
    #[serde(
        rename = "paymentProcessorId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_processor_id: Option<paygen_runtime::Uuid>,
    /// The `paymentProcessorName` field.
    #[serde(
        rename = "paymentProcessorName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_processor_name: Option<String>,
    /// The `externalBatchId` field.
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
    /// The `transactionCount` field.
    #[serde(
        rename = "transactionCount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub transaction_count: Option<paygen_runtime::Decimal>,
    /// The `netAmount` field.
    #[serde(
        rename = "netAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub net_amount: Option<paygen_runtime::Decimal>,
    /// The `refundsAmount` field.
    #[serde(
        rename = "refundsAmount",
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub refunds_amount: Option<paygen_runtime::Decimal>,
    /// The `salesAmount` field.
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
    /// The `statusName` field.
    #[serde(
        rename = "statusName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_name: Option<String>,
}
