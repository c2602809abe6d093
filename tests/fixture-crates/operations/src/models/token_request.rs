/// The `TokenRequest` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TokenRequest {
    /// The `grant_type` field.
    pub grant_type: String,
    /// The `scope` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}
