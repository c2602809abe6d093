/// Lightning invoice to pay.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BlnWithdrawRequest {
    /// Amount to pay; only for invoices without an amount.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_string"
    )]
    pub amount: Option<paygen_runtime::Decimal>,
    /// The Lightning invoice (payment request) to pay.
    pub ln_invoices: String,
}
