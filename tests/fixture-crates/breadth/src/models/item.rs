/// Every field kind a payment API returns.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Item {
    /// The `id` field.
    ///
    /// Set by the server; ignored in requests.
    pub id: String,
    /// Values that are not identifiers, collide after case conversion, or repeat.
    pub status: super::Status,
    /// The `level` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<super::Level>,
    /// The `amount` field.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub amount: paygen_runtime::Decimal,
    /// The `fee` field.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_string"
    )]
    pub fee: Option<paygen_runtime::Decimal>,
    /// The `created` field.
    pub created: paygen_runtime::DateTime,
    /// The `due` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<paygen_runtime::Date>,
    /// The `reference` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<paygen_runtime::Uuid>,
    /// The `count32` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count32: Option<i32>,
    /// The `count64` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count64: Option<i64>,
    /// A look-ahead pattern Rust's regex cannot compile: kept as documentation.
    ///
    /// Pattern: `^(?=\[A-Z\])\[A-Z0-9\]{3}$`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Default: `3`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retries: Option<i64>,
    /// The `secret` field.
    ///
    /// Sent by the client; never returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// The `metadata` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
    /// The `extra` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<serde_json::Value>,
    /// The `anything` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anything: Option<serde_json::Value>,
    /// The `free` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free: Option<serde_json::Value>,
    /// The `closed` field.
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
