/// Crypto order to create.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PaymentInfoRequest {
    /// URL called when the order succeeds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
    /// Blockchain code (see Get Support Crypto Currency List).
    pub chain: String,
    /// Cryptocurrency code.
    pub currency: String,
    /// Call the callback URLs with POST and the order as JSON body instead of a bare GET.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enable_post_callback: Option<bool>,
    /// Price stablecoins at exactly 1:1 with USD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fixed_encrypt_price: Option<bool>,
    /// Where the checkout page sends the customer after a successful payment; no redirect when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub succeed_url: Option<String>,
    /// URL called when the order times out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_callback: Option<String>,
    /// Where the checkout page sends the customer after the order times out; no redirect when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_url: Option<String>,
    /// Fiat currency of `vs_price` (see Get Support Real Currency List).
    pub vs_currency: String,
    /// Fiat amount of the order.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub vs_price: paygen_runtime::Decimal,
}
