/// A custodial wallet and its balance.
///
/// **Inferred:** Response fields were not retrieved; chain, currency and balance are assumed and any other field is kept.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Wallet {
    /// Available balance, as a decimal string.
    ///
    /// Pattern: `^-?\[0-9\]+(\.\[0-9\]+)?$`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_string"
    )]
    pub balance: Option<paygen_runtime::Decimal>,
    /// Blockchain code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub chain: Option<String>,
    /// Cryptocurrency code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Properties not named in the schema, kept as sent.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}
