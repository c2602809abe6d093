/// The `Keywords` schema.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Keywords {
    /// A property named `$ref`.
    #[serde(rename = "$ref")]
    pub ref_: String,
    /// The `type` field.
    #[serde(rename = "type")]
    pub type_: String,
    /// The `properties` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<super::KeywordsProperties>,
    /// The `items` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<String>>,
    /// The `enum` field.
    #[serde(rename = "enum", default, skip_serializing_if = "Option::is_none")]
    pub enum_: Option<String>,
    /// The `default` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<i64>,
    /// The `required` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Every value is of the wrong type, so the enum has only `Unknown`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nothing: Option<super::Nothing>,
}
