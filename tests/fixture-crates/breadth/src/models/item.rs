/// Every field kind a payment API returns.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Item {
    /// Text. Set by the server; ignored in requests.
    pub id: String,
    /// Values that are not identifiers, collide after case conversion, or repeat.
    pub status: super::Status,
    /// One of `0`, `10`, `-1` and `10`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<super::Level>,
    /// A decimal amount.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub amount: paygen_runtime::Decimal,
    /// A decimal amount, written as a string.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_string"
    )]
    pub fee: Option<paygen_runtime::Decimal>,
    /// A date and time (RFC 3339).
    pub created: paygen_runtime::DateTime,
    /// A date (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<paygen_runtime::Date>,
    /// A UUID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<paygen_runtime::Uuid>,
    /// A 32-bit integer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count32: Option<i32>,
    /// An integer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count64: Option<i64>,
    /// A look-ahead pattern Rust's regex cannot compile: kept as documentation.
    ///
    /// Pattern: `^(?=\[A-Z\])\[A-Z0-9\]{3}$`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// An integer.
    ///
    /// Default: `3`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retries: Option<i64>,
    /// Text. Sent by the client; never returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// A map from names to values; each value: text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// Any JSON object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<serde_json::Value>,
    /// Any JSON object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anything: Option<serde_json::Value>,
    /// Any JSON object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free: Option<serde_json::Value>,
    /// An object with the property `a`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub closed: Option<super::ItemClosed>,
    /// `format` on an object is documentation.
    ///
    /// Format: `postal`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<super::ItemAddress>,
    /// Internally tagged by `type`, with a mapping.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment: Option<super::PaymentMethod>,
    /// Untagged; the most specific variant is tried first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<super::Contact>,
    /// A recursive type; only the direct self-reference is boxed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tree: Option<super::Node>,
}
