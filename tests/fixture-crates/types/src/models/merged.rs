/// allOf members merged into one struct.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Merged {
    /// The `code` field.
    pub code: String,
    /// The `message` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The `detail` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}
