/// The `ListSubscriptionPaymentsResponse` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListSubscriptionPaymentsResponse {
    /// Subscription identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// Date-time (in an ISO 8601 date-time UTC or time zone offset format) of the subscription's initial execution.
    #[serde(
        rename = "initialExecutionDateTime",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub initial_execution_date_time: Option<paygen_runtime::DateTime>,
    /// Subscription status identifier.
    #[serde(rename = "statusId", default, skip_serializing_if = "Option::is_none")]
    pub status_id: Option<super::ListSubscriptionPaymentsResponseStatusId>,
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
    /// History of attempting to complete this order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attempts: Option<Vec<super::GetIsvSubscriptionPaymentAttemptResponseDto>>,
}
