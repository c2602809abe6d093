/// Amount of a transfer from a template.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TransferAmountRequest {
    /// The `amount` field.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub amount: paygen_runtime::Decimal,
}
