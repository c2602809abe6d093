/// An object with the property `items`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct KeywordsProperties {
    /// An integer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<i64>,
}
