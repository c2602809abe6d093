/// The `CardMetadata` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CardMetadata {
    /// The `source` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}
