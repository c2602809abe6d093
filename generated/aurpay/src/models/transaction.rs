/// An on-chain transaction.
///
/// **Inferred:** The documented field list is truncated after fee; further fields are kept as-is.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Transaction {
    /// Transaction amount, as a decimal string.
    ///
    /// Pattern: `^-?\[0-9\]+(\.\[0-9\]+)?$`.
    #[serde(with = "paygen_runtime::decimal::string")]
    pub amount: paygen_runtime::Decimal,
    /// Blockchain code.
    pub chain: String,
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
    /// Amount actually received, as a decimal string.
    ///
    /// Pattern: `^-?\[0-9\]+(\.\[0-9\]+)?$`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_string"
    )]
    pub obtained: Option<paygen_runtime::Decimal>,
    /// Transaction status (values not documented).
    pub status: String,
    /// Aurpay transaction id.
    pub tx_id: String,
    /// Kind of transaction.
    pub tx_type: String,
    /// Merchant id.
    pub user_id: String,
    /// Properties not named in the schema, kept as sent.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}
