/// The `Problem` schema.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Problem {
    /// The `title` field.
    pub title: String,
    /// The `detail` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}
