/// An object with the properties `transactionId` and `tipAmount`. Required: `transactionId` and `tipAmount`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct AdjustTipRequest {
    /// Transaction identifier.
    #[serde(rename = "transactionId")]
    pub transaction_id: paygen_runtime::Uuid,
    /// Tip as a fixed amount in USD.
    #[serde(rename = "tipAmount", with = "paygen_runtime::decimal::number")]
    pub tip_amount: paygen_runtime::Decimal,
}

impl AdjustTipRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(transaction_id: paygen_runtime::Uuid, tip_amount: paygen_runtime::Decimal) -> Self {
        Self {
            transaction_id,
            tip_amount,
        }
    }
}
