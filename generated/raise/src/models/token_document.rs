/// Single-resource document wrapping a server token.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TokenDocument {
    /// A `tokens` resource: a server bearer token.
    pub data: super::Token,
}
