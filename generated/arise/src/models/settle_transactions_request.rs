/// The `SettleTransactionsRequest` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SettleTransactionsRequest {
    /// Payment processor identifier.
    #[serde(rename = "paymentProcessorId")]
    pub payment_processor_id: paygen_runtime::Uuid,
}
