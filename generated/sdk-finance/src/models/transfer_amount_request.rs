/// Amount of a transfer from a template.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TransferAmountRequest {
    /// A decimal amount.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub amount: paygen_runtime::Decimal,
}

impl TransferAmountRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(amount: paygen_runtime::Decimal) -> Self {
        Self { amount }
    }
}
