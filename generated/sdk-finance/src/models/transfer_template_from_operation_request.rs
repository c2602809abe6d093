/// Name and defaults of a template saved from a completed transfer.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TransferTemplateFromOperationRequest {
    /// A decimal amount.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub amount: paygen_runtime::Decimal,
    /// Text.
    pub description: String,
    /// Text.
    pub name: String,
    /// `true` or `false`.
    pub reusable: bool,
}

impl TransferTemplateFromOperationRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(
        amount: paygen_runtime::Decimal,
        description: impl Into<String>,
        name: impl Into<String>,
        reusable: bool,
    ) -> Self {
        Self {
            amount,
            description: description.into(),
            name: name.into(),
            reusable,
        }
    }
}
