/// Lightning order to create.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct BlnOrderRequest {
    /// URL called when the order succeeds.
    ///
    /// Format: `uri`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
    /// Fiat currency of `price` (see Get Support Real Currency List).
    pub currency: String,
    /// Fiat amount of the order.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub price: paygen_runtime::Decimal,
    /// Where the checkout page sends the customer after a successful payment; no redirect when absent.
    ///
    /// Format: `uri`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub succeed_url: Option<String>,
    /// URL called when the order times out.
    ///
    /// Format: `uri`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_callback: Option<String>,
    /// Where the checkout page sends the customer after the order times out; no redirect when absent.
    ///
    /// Format: `uri`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_url: Option<String>,
}

impl BlnOrderRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(currency: impl Into<String>, price: paygen_runtime::Decimal) -> Self {
        Self {
            callback_url: None,
            currency: currency.into(),
            price,
            succeed_url: None,
            timeout_callback: None,
            timeout_url: None,
        }
    }

    /// Property `callback_url`: URL called when the order succeeds.
    ///
    /// Format: `uri`.
    pub fn callback_url(mut self, value: impl Into<String>) -> Self {
        self.callback_url = Some(value.into());
        self
    }

    /// Property `succeed_url`: Where the checkout page sends the customer after a successful payment; no redirect when absent.
    ///
    /// Format: `uri`.
    pub fn succeed_url(mut self, value: impl Into<String>) -> Self {
        self.succeed_url = Some(value.into());
        self
    }

    /// Property `timeout_callback`: URL called when the order times out.
    ///
    /// Format: `uri`.
    pub fn timeout_callback(mut self, value: impl Into<String>) -> Self {
        self.timeout_callback = Some(value.into());
        self
    }

    /// Property `timeout_url`: Where the checkout page sends the customer after the order times out; no redirect when absent.
    ///
    /// Format: `uri`.
    pub fn timeout_url(mut self, value: impl Into<String>) -> Self {
        self.timeout_url = Some(value.into());
        self
    }
}
