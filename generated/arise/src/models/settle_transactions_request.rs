/// An object with the property `paymentProcessorId`. Required: `paymentProcessorId`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct SettleTransactionsRequest {
    /// Payment processor identifier.
    #[serde(rename = "paymentProcessorId")]
    pub payment_processor_id: paygen_runtime::Uuid,
}

impl SettleTransactionsRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(payment_processor_id: paygen_runtime::Uuid) -> Self {
        Self {
            payment_processor_id,
        }
    }
}
