/// A pet with every kind of field.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Pet {
    /// The `id` field.
    pub id: paygen_runtime::Uuid,
    /// The `name` field.
    pub name: String,
    /// The `kind` field.
    pub kind: super::Kind,
    /// The `size` field.
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
    /// The `weight` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight: Option<f64>,
    /// The `born` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub born: Option<paygen_runtime::Date>,
    /// The `updatedAt` field.
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<paygen_runtime::DateTime>,
    /// The `nickname` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// The `tags` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// The `attributes` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<std::collections::BTreeMap<String, String>>,
    /// The `extra` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra: Option<serde_json::Value>,
    /// An inline object, named from where it stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<super::PetOwner>,
    /// A pet with every kind of field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Box<super::Pet>>,
    /// The `children` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<super::Pet>>,
    /// A Rust keyword as a field name.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub type_: Option<String>,
    /// A name starting with a digit.
    #[serde(rename = "2fa", default, skip_serializing_if = "Option::is_none")]
    pub n2fa: Option<bool>,
}
