/// An object with the property `from`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct ListOrdersFilter {
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
}

impl ListOrdersFilter {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self { from: None }
    }

    /// Property `from`: Text.
    pub fn set_from(mut self, value: impl Into<String>) -> Self {
        self.from = Some(value.into());
        self
    }
}
