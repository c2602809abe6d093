/// An object with the property `amount`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct CreateReusableQuickPaymentRequest {
    /// Amount of the link in USD.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_number"
    )]
    pub amount: Option<paygen_runtime::Decimal>,
}

impl CreateReusableQuickPaymentRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self { amount: None }
    }

    /// Property `amount`: Amount of the link in USD.
    pub fn amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.amount = Some(value);
        self
    }
}
