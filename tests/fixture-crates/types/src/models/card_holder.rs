/// An object with the properties `name` and `password`.
#[derive(Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CardHolder {
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A secret text.
    ///
    /// Format: `password`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password: Option<String>,
}

impl std::fmt::Debug for CardHolder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CardHolder")
            .field("name", &self.name)
            .field(
                "password",
                &paygen_runtime::redact::Redacted::full(&self.password),
            )
            .finish()
    }
}

impl paygen_runtime::redact::SensitiveValues for CardHolder {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::values_of(&self.password, out);
    }
}

impl CardHolder {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            name: None,
            password: None,
        }
    }

    /// Property `name`: Text.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }

    /// Property `password`: A secret text.
    ///
    /// Format: `password`.
    pub fn password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }
}
