/// Primary data of a server token request.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TokenCreateRequestData {
    /// Resource type; always `tokens`.
    #[serde(rename = "type")]
    pub type_: super::TokenCreateRequestDataType,
    /// Attributes of a server token request.
    pub attributes: super::TokenCreateAttributes,
}
impl TokenCreateRequestData {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(
        type_: super::TokenCreateRequestDataType,
        attributes: super::TokenCreateAttributes,
    ) -> Self {
        Self { type_, attributes }
    }
}
