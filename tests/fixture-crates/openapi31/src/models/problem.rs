/// The `Problem` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Problem {
    /// The `title` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The `detail` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}
