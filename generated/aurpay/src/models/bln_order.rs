/// A Lightning order and its invoice.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct BlnOrder {
    /// BTC amount of the invoice (a JSON number here).
    #[serde(with = "paygen_runtime::decimal::number")]
    pub amount: paygen_runtime::Decimal,
    /// Creation time, ISO-8601 without a zone designator.
    pub create_time: String,
    /// Aurpay order id.
    pub order_id: String,
    /// Hosted checkout URL.
    ///
    /// Format: `uri`.
    pub pay_url: String,
    /// BOLT11 Lightning invoice.
    pub payment_request: String,
    /// Order status. A PENDING order stays payable for 30 minutes (product guide).
    pub status: super::OrderStatus,
}
