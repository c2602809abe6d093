/// The `ErrorModel` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ErrorModel {
    /// The `message` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}
