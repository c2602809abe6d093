/// An object with the properties `name` and `metadata`. Required: `name`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct ItemForm {
    /// Text.
    pub name: String,
    /// A map from names to values; each value: text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, String>>,
}

impl ItemForm {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            metadata: None,
        }
    }

    /// Property `metadata`: A map from names to values; each value: text.
    pub fn metadata(mut self, value: std::collections::BTreeMap<String, String>) -> Self {
        self.metadata = Some(value);
        self
    }
}
