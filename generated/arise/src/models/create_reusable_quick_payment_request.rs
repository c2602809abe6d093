/// The `CreateReusableQuickPaymentRequest` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateReusableQuickPaymentRequest {
    /// Amount (in USD) of the one-time payment.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub amount: Option<paygen_runtime::Decimal>,
}
