/// An object with the property `source`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CardMetadata {
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}
