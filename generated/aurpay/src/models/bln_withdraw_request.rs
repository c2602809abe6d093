/// Lightning invoice to pay.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct BlnWithdrawRequest {
    /// Amount to pay; only for invoices without an amount.
    ///
    /// Pattern: `^-?\[0-9\]+(\.\[0-9\]+)?$`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_string"
    )]
    pub amount: Option<paygen_runtime::Decimal>,
    /// The Lightning invoice (payment request) to pay.
    pub ln_invoices: String,
}

impl BlnWithdrawRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(ln_invoices: impl Into<String>) -> Self {
        Self {
            amount: None,
            ln_invoices: ln_invoices.into(),
        }
    }

    /// Property `amount`: Amount to pay; only for invoices without an amount.
    ///
    /// Pattern: `^-?\[0-9\]+(\.\[0-9\]+)?$`.
    pub fn amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.amount = Some(value);
        self
    }
}
