/// Lightning order to create.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BlnOrderRequest {
    /// URL called when the order succeeds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub callback_url: Option<String>,
    /// Fiat currency of `price` (see Get Support Real Currency List).
    pub currency: String,
    /// Fiat amount of the order.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub price: paygen_runtime::Decimal,
    /// Where the checkout page sends the customer after a successful payment; no redirect when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub succeed_url: Option<String>,
    /// URL called when the order times out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_callback: Option<String>,
    /// Where the checkout page sends the customer after the order times out; no redirect when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout_url: Option<String>,
}
