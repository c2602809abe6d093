/// An object with the property `transactionId`. Required: `transactionId`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct VoidTransactionRequest {
    /// Transaction identifier.
    #[serde(rename = "transactionId")]
    pub transaction_id: paygen_runtime::Uuid,
}

impl VoidTransactionRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(transaction_id: paygen_runtime::Uuid) -> Self {
        Self { transaction_id }
    }
}
