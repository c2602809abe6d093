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

    /// Sets `role`.
    pub fn with_role(mut self, value: impl Into<String>) -> Self {
        self.role = Some(value.into());
        self
    }

    /// Sets `active`.
    pub fn with_active(mut self, value: bool) -> Self {
        self.active = Some(value);
        self
    }
}
