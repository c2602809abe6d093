/// A pet with every kind of field.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Pet {
    /// A UUID.
    pub id: paygen_runtime::Uuid,
    /// Text.
    pub name: String,
    /// One of `dog`, `cat`, `guinea-pig`, `in progress`, `Dog` and ``.
    pub kind: super::Kind,
    /// One of `1`, `2` and `3`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<super::Size>,
    /// Decimal on the wire as a number.
    #[serde(with = "paygen_runtime::decimal::number")]
    pub price: paygen_runtime::Decimal,
    /// Decimal on the wire as a string.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "paygen_runtime::decimal::option_string"
    )]
    pub fee: Option<paygen_runtime::Decimal>,
    /// A number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    /// A date (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub born: Option<paygen_runtime::Date>,
    /// A date and time (RFC 3339).
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<paygen_runtime::DateTime>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// A list; each item: text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// A map from names to values; each value: text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
    /// Any JSON object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<serde_json::Value>,
    /// An inline object, named from where it stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<super::PetOwner>,
    /// A pet with every kind of field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Box<super::Pet>>,
    /// A list of objects with the properties `id`, `name`, `kind`, `size`, `price`, `fee`, `weight`, `born` and 10 more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<super::Pet>>,
    /// A Rust keyword as a field name.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// A name starting with a digit.
    #[serde(rename = "2fa", default, skip_serializing_if = "Option::is_none")]
    pub n2fa: Option<bool>,
}
