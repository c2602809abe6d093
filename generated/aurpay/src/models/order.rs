/// An order as listed by Get Orders.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Order {
    /// Crypto amount, as a decimal string.
    ///
    /// Pattern: `^-?\[0-9\]+(\.\[0-9\]+)?$`.
    #[serde(with = "paygen_runtime::decimal::string")]
    pub amount: paygen_runtime::Decimal,
    /// Blockchain code.
    pub chain: String,
    /// Blockchain display name.
    pub chain_name: String,
    /// Creation time, ISO-8601 without a zone designator.
    pub create_time: String,
    /// Cryptocurrency code.
    pub currency: String,
    /// Aurpay order id.
    pub order_id: String,
    /// Kind of order; documented examples are ORDER and INVOICE (the list is open).
    pub order_type: String,
    /// Platform the order came from.
    pub platform: String,
    /// Whether the order can be refunded.
    pub refund: bool,
    /// Free-text remark; often empty.
    pub remark: String,
    /// Order status. A PENDING order stays payable for 30 minutes (product guide).
    pub status: super::OrderStatus,
    /// Last update time, ISO-8601 without a zone designator.
    pub update_time: String,
    /// Merchant id.
    pub user_id: String,
    /// Fiat currency of `vs_price`.
    pub vs_currency: String,
    /// Fiat amount, as a decimal string.
    ///
    /// Pattern: `^-?\[0-9\]+(\.\[0-9\]+)?$`.
    #[serde(with = "paygen_runtime::decimal::string")]
    pub vs_price: paygen_runtime::Decimal,
}
