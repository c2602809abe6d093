/// The `CreateOneTimeQuickPaymentResponse` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateOneTimeQuickPaymentResponse {
    /// Payment reference link identifier, also known as the quickPaymentId.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
}
