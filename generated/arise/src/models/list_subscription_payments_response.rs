/// An object with the properties `id`, `initialExecutionDateTime`, `statusId`, `status`, `amount`, `paymentOrder` and `attempts`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ListSubscriptionPaymentsResponse {
    /// Subscription identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// When the first attempt ran (ISO 8601, UTC or with offset).
    #[serde(
        rename = "initialExecutionDateTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub initial_execution_date_time: Option<paygen_runtime::DateTime>,
    /// Subscription status identifier.
    #[serde(rename = "statusId", default, skip_serializing_if = "Option::is_none")]
    pub status_id: Option<super::SubscriptionStatusId>,
    /// Subscription status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Payment amount.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub amount: Option<paygen_runtime::Decimal>,
    /// Payment attempt identifier.
    #[serde(
        rename = "paymentOrder",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub payment_order: Option<i32>,
    /// Attempts made for this payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<Vec<super::GetIsvSubscriptionPaymentAttemptResponseDto>>,
}
