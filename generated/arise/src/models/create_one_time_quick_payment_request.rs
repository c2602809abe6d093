/// The `CreateOneTimeQuickPaymentRequest` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateOneTimeQuickPaymentRequest {
    /// Amount (in USD) of the one-time payment.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub amount: Option<paygen_runtime::Decimal>,
    /// ReferenceId.
    #[serde(
        rename = "referenceId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reference_id: Option<String>,
    /// Customer identifier.
    #[serde(
        rename = "customerId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub customer_id: Option<paygen_runtime::Uuid>,
}
impl CreateOneTimeQuickPaymentRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            amount: None,
            reference_id: None,
            customer_id: None,
        }
    }
    /// Sets `amount`.
    pub fn with_amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.amount = Some(value);
        self
    }
    /// Sets `referenceId`.
    pub fn with_reference_id(mut self, value: impl Into<String>) -> Self {
        self.reference_id = Some(value.into());
        self
    }
    /// Sets `customerId`.
    pub fn with_customer_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.customer_id = Some(value);
        self
    }
}
