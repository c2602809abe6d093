/// Name and defaults of a template saved from a completed transfer.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TransferTemplateFromOperationRequest {
    /// The `amount` field.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub amount: paygen_runtime::Decimal,
    /// The `description` field.
    pub description: String,
    /// The `name` field.
    pub name: String,
    /// The `reusable` field.
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
