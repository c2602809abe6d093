/// A `tokens` resource: a server bearer token.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Token {
    /// Resource type; always `tokens`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Identifier of the token.
    pub id: String,
    /// A server bearer token and its expiry.
    pub attributes: super::TokenAttributes,
}
