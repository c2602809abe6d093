/// Lightning balance of the merchant.
///
/// **Inferred:** The response fields of Get BLN Balance were not retrieved; a BTC balance field is assumed and any other field is kept.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct BlnBalance {
    /// Available Lightning balance in BTC.
    ///
    /// Pattern: `^-?\[0-9\]+(\.\[0-9\]+)?$`.
    ///
    /// **Inferred:** Field name and string encoding assumed from the other Aurpay amounts (decimal strings).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_string"
    )]
    pub balance: Option<paygen_runtime::Decimal>,
    /// Properties not named in the schema, kept as sent.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, serde_json::Value>,
}
