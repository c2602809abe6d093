/// An object with the properties `amount` and `transactionId`. Required: `amount` and `transactionId`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct CaptureTransactionRequest {
    /// Amount to capture, before adjustments.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub amount: paygen_runtime::Decimal,
    /// TransactionId from the original authorization.
    #[serde(rename = "transactionId")]
    pub transaction_id: paygen_runtime::Uuid,
}

impl CaptureTransactionRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(amount: paygen_runtime::Decimal, transaction_id: paygen_runtime::Uuid) -> Self {
        Self {
            amount,
            transaction_id,
        }
    }
}
