/// What a refund of the order would return.
///
/// **Inferred:** The documented field list is truncated after amount; further fields are kept as-is.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct OrderRefundInfo {
    /// Refundable crypto amount.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub amount: paygen_runtime::Decimal,
    /// Blockchain code.
    pub chain: String,
    /// Cryptocurrency code.
    pub currency: String,
    /// Aurpay order id.
    pub order_id: String,
    /// Properties not named in the schema, kept as sent.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}
