/// An object with the properties `id`, `payNowSuccess`, `transactionId` and `payNowResponse`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CreateSubscriptionResponse {
    /// Subscription Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// Whether the immediate (PayNow) payment succeeded.
    #[serde(
        rename = "payNowSuccess",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pay_now_success: Option<bool>,
    /// Id of the immediate payment's transaction, when it succeeded.
    #[serde(
        rename = "transactionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_id: Option<paygen_runtime::Uuid>,
    /// Result of the immediate payment, when it failed.
    #[serde(
        rename = "payNowResponse",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pay_now_response: Option<String>,
}
