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
