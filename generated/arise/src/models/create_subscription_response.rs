/// The `CreateSubscriptionResponse` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateSubscriptionResponse {
    /// Subscription Id
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// True if PayNow was executed successfully, otherwise false.
    #[serde(
        rename = "payNowSuccess",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pay_now_success: Option<bool>,
    /// Transaction Id if PayNowSuccess was True.
    #[serde(
        rename = "transactionId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transaction_id: Option<paygen_runtime::Uuid>,
    /// Payment response if PayNowSucess was False.
    #[serde(
        rename = "payNowResponse",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pay_now_response: Option<String>,
}
