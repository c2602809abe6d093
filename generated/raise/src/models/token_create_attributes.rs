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
    pub fn new(type_: super::TokenType) -> Self {
        Self { type_ }
    }
}
