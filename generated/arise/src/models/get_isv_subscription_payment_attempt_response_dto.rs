/// An object with the properties `id`, `executionDateTime`, `statusId`, `status`, `transactionStatusId`, `transactionStatus` and `transactionId`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetIsvSubscriptionPaymentAttemptResponseDto {
    /// Subscription identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// When this payment attempt ran (ISO 8601, UTC or with offset).
    #[serde(
        rename = "executionDateTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_date_time: Option<paygen_runtime::DateTime>,
    /// Subscription status identifier.
    #[serde(rename = "statusId", default, skip_serializing_if = "Option::is_none")]
    pub status_id: Option<super::SubscriptionStatusId>,
    /// Subscription status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
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
    /// A UUID.
    #[serde(
        rename = "transactionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_id: Option<paygen_runtime::Uuid>,
}
