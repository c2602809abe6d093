/// One error: a stable code, a short title and an optional occurrence-specific detail.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ErrorObject {
    /// Identifier of this occurrence of the error.
    pub id: String,
    /// Raise error code.
    pub code: super::ErrorCode,
    /// Short summary that stays the same for every occurrence of the code.
    pub title: String,
    /// Explanation specific to this occurrence; may be empty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}
