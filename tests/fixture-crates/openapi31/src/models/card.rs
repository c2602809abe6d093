/// An object with the properties `id`, `status`, `brand`, `nickname`, `limit`, `billing`, `reference`, `point` and 3 more. Required: `id`, `status` and `brand`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Card {
    /// Text.
    pub id: String,
    /// An enum written as a union of `const` values, each documented.
    pub status: super::Status,
    /// Overrides the description of the referenced schema (a 3.1 `$ref` sibling).
    pub brand: super::Brand,
    /// A type list with null is an optional, nullable string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    /// Numbers as `exclusiveMinimum` (3.1) are documentation only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// anyOf a reference and null is a nullable reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing: Option<super::Address>,
    /// Several types are a union of one type each.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<super::CardReference>,
    /// A tuple of one member type is a list of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub point: Option<Vec<f64>>,
    /// A tuple whose members differ is a list of JSON values (a warning).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Vec<serde_json::Value>>,
    /// Base64 text (`contentEncoding`) is a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub thumbnail: Option<String>,
    /// An object with the property `source`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<super::CardMetadata>,
}
