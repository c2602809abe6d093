/// Single-resource document wrapping a server token.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TokenDocument {
    /// A `tokens` resource: a server bearer token.
    pub data: super::Token,
}
