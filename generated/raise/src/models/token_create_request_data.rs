/// Primary data of a server token request.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TokenCreateRequestData {
    /// Resource type; always `tokens`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Attributes of a server token request.
    pub attributes: super::TokenCreateAttributes,
}

impl TokenCreateRequestData {
    /// Creates the value from its required fields; optional fields start empty.
    ///
    /// Sets `type` to the one value its schema allows.
    pub fn new(attributes: super::TokenCreateAttributes) -> Self {
        Self {
            type_: "tokens".to_owned(),
            attributes,
        }
    }
}

/// Wraps a `TokenCreateAttributes`, the one value `new` takes.
impl From<super::TokenCreateAttributes> for TokenCreateRequestData {
    fn from(value: super::TokenCreateAttributes) -> Self {
        Self::new(value)
    }
}
