/// Primary data of a server token request.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TokenCreateRequestData {
    /// Resource type; always `tokens`.
    #[serde(rename = "type")]
    pub type_: super::TokenCreateRequestDataType,
    /// Attributes of a server token request.
    pub attributes: super::TokenCreateAttributes,
}
