/// Attributes of a server token request.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TokenCreateAttributes {
    /// Kind of token issued.
    #[serde(rename = "type")]
    pub type_: super::TokenType,
}

impl TokenCreateAttributes {
    /// Creates the value from its required fields; optional fields start empty.
    ///
    /// Sets `type` to the one value its schema allows.
    pub fn new() -> Self {
        Self {
            type_: super::TokenType::Bearer,
        }
    }
}

impl Default for TokenCreateAttributes {
    fn default() -> Self {
        Self::new()
    }
}
