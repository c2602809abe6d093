/// Attributes of a server token request.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TokenCreateAttributes {
    /// Kind of token issued.
    #[serde(rename = "type")]
    pub type_: super::TokenType,
    /// Free-form key/value map stored on a resource. Keys are names you choose; each value is a typed field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, super::MetadataField>>,
}

impl TokenCreateAttributes {
    /// Creates the value from its required fields; optional fields start empty.
    ///
    /// Sets `type` to the one value its schema allows.
    pub fn new() -> Self {
        Self {
            type_: super::TokenType::Bearer,
            metadata: None,
        }
    }

    /// Property `metadata`: Free-form key/value map stored on a resource. Keys are names you choose; each value is a typed field.
    pub fn metadata(
        mut self,
        value: std::collections::BTreeMap<String, super::MetadataField>,
    ) -> Self {
        self.metadata = Some(value);
        self
    }
}

impl Default for TokenCreateAttributes {
    fn default() -> Self {
        Self::new()
    }
}
