/// An object with the properties `role` and `active`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct Filter {
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// `true` or `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<bool>,
}

impl Filter {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            role: None,
            active: None,
        }
    }

    /// Property `role`: Text.
    pub fn role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }

    /// Property `active`: `true` or `false`.
    pub fn active(mut self, value: bool) -> Self {
        self.active = Some(value);
        self
    }
}
