/// Refund status of an order.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct OrderRefund {
    /// Aurpay order id.
    pub order_id: String,
    /// Refunded amount.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub refund_amount: paygen_runtime::Decimal,
    /// Date of the refund.
    pub refund_date: String,
    /// Refund status (values not documented).
    pub refund_status: String,
}
