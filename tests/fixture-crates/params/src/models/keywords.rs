/// An object with the properties `$ref`, `type`, `properties`, `items`, `enum`, `default`, `required` and `nothing`. Required: `$ref` and `type`.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Keywords {
    /// A property named `$ref`.
    #[serde(rename = "$ref")]
    pub ref_: String,
    /// Text.
    #[serde(rename = "type")]
    pub type_: String,
    /// An object with the property `items`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub properties: Option<super::KeywordsProperties>,
    /// A list; each item: text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<String>>,
    /// Text.
    #[serde(rename = "enum", default, skip_serializing_if = "Option::is_none")]
    pub enum_: Option<String>,
    /// An integer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default: Option<i64>,
    /// `true` or `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub required: Option<bool>,
    /// Every value is of the wrong type, so the enum has only `Unknown`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nothing: Option<super::Nothing>,
}
