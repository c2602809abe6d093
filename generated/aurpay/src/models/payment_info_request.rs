/// Crypto order to create.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct PaymentInfoRequest {
    /// URL called when the order succeeds.
    ///
    /// Format: `uri`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
    /// Blockchain code (see Get Support Crypto Currency List).
    pub chain: String,
    /// Cryptocurrency code.
    pub currency: String,
    /// Call the callback URLs with POST and the order as JSON body instead of a bare GET.
    ///
    /// Default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_post_callback: Option<bool>,
    /// Price stablecoins at exactly 1:1 with USD.
    ///
    /// Default: `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_encrypt_price: Option<bool>,
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
    /// Fiat currency of `vs_price` (see Get Support Real Currency List).
    pub vs_currency: String,
    /// Fiat amount of the order.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub vs_price: paygen_runtime::Decimal,
}

impl PaymentInfoRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(
        chain: impl Into<String>,
        currency: impl Into<String>,
        vs_currency: impl Into<String>,
        vs_price: paygen_runtime::Decimal,
    ) -> Self {
        Self {
            callback_url: None,
            chain: chain.into(),
            currency: currency.into(),
            enable_post_callback: None,
            fixed_encrypt_price: None,
            succeed_url: None,
            timeout_callback: None,
            timeout_url: None,
            vs_currency: vs_currency.into(),
            vs_price,
        }
    }

    /// Property `callback_url`: URL called when the order succeeds.
    ///
    /// Format: `uri`.
    pub fn callback_url(mut self, value: impl Into<String>) -> Self {
        self.callback_url = Some(value.into());
        self
    }

    /// Property `enable_post_callback`: Call the callback URLs with POST and the order as JSON body instead of a bare GET.
    ///
    /// Default: `false`.
    pub fn enable_post_callback(mut self, value: bool) -> Self {
        self.enable_post_callback = Some(value);
        self
    }

    /// Property `fixed_encrypt_price`: Price stablecoins at exactly 1:1 with USD.
    ///
    /// Default: `false`.
    pub fn fixed_encrypt_price(mut self, value: bool) -> Self {
        self.fixed_encrypt_price = Some(value);
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
