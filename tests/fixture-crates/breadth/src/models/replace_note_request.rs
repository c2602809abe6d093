/// An object with the property `text`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct ReplaceNoteRequest {
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl ReplaceNoteRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self { text: None }
    }

    /// Property `text`: Text.
    pub fn text(mut self, value: impl Into<String>) -> Self {
        self.text = Some(value.into());
        self
    }
}
