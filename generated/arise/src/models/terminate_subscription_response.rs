/// An object with the properties `id`, `statusId`, `status` and `message`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TerminateSubscriptionResponse {
    /// Subscription identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// Subscription status identifier.
    #[serde(rename = "statusId", default, skip_serializing_if = "Option::is_none")]
    pub status_id: Option<super::SubscriptionStatusId>,
    /// Subscription status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Message with additional details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
