/// Payment data of an order created by Get Payment Info.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct PaymentInfo {
    /// Deposit address the customer pays to.
    pub address: String,
    /// Crypto amount to pay (a JSON number here).
    #[serde(with = "paygen_runtime::decimal::number")]
    pub amount: paygen_runtime::Decimal,
    /// Token contract address; absent or null for native coins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract_addr: Option<String>,
    /// Creation time, ISO-8601 without a zone designator.
    pub create_time: String,
    /// Aurpay order id.
    pub order_id: String,
    /// Hosted checkout URL.
    ///
    /// Format: `uri`.
    pub pay_url: String,
    /// Order status. A PENDING order stays payable for 30 minutes (product guide).
    pub status: super::OrderStatus,
    /// Fiat currency of `vs_price`.
    pub vs_currency: String,
    /// Fiat amount (a JSON number here).
    #[serde(with = "paygen_runtime::decimal::number")]
    pub vs_price: paygen_runtime::Decimal,
}
