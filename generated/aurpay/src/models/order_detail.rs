/// An order with the data of its payment transaction: the body of Get Orders
/// Details and of the POST callbacks.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct OrderDetail {
    /// Crypto amount, as a decimal string.
    ///
    /// Pattern: `^-?\[0-9\]+(\.\[0-9\]+)?$`.
    #[serde(with = "paygen_runtime::decimal::string")]
    pub amount: paygen_runtime::Decimal,
    /// Binding id; null in the documented example.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind_id: Option<String>,
    /// Blockchain code.
    pub chain: String,
    /// Blockchain display name.
    pub chain_name: String,
    /// Token contract id; null for native coins.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contract_id: Option<String>,
    /// Creation time, ISO-8601 without a zone designator.
    pub create_time: String,
    /// Cryptocurrency code.
    pub currency: String,
    /// Fee, as a decimal string.
    ///
    /// Pattern: `^-?\[0-9\]+(\.\[0-9\]+)?$`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_string"
    )]
    pub fee: Option<paygen_runtime::Decimal>,
    /// Sender address; null until paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_addr: Option<String>,
    /// Amount actually received, as a decimal string; null until paid.
    ///
    /// Pattern: `^-?\[0-9\]+(\.\[0-9\]+)?$`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_string"
    )]
    pub obtained: Option<paygen_runtime::Decimal>,
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
    /// Deposit address of the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_addr: Option<String>,
    /// Hash of the payment transaction; null until paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tx_hash: Option<String>,
    /// Hashes of all payment transactions (partial payments).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tx_hash_list: Option<Vec<String>>,
    /// Aurpay transaction id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tx_id: Option<String>,
    /// Kind of transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tx_type: Option<String>,
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
    /// Website the order came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}
