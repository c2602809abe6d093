/// An object with the properties `grant_type` and `scope`. Required: `grant_type`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TokenRequest {
    /// Text.
    pub grant_type: String,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
}

impl TokenRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(grant_type: impl Into<String>) -> Self {
        Self {
            grant_type: grant_type.into(),
            scope: None,
        }
    }

    /// Property `scope`: Text.
    pub fn scope(mut self, value: impl Into<String>) -> Self {
        self.scope = Some(value.into());
        self
    }
}
