/// Request document for a server bearer token.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TokenCreateRequest {
    /// Primary data of a server token request.
    pub data: super::TokenCreateRequestData,
}
impl TokenCreateRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(data: super::TokenCreateRequestData) -> Self {
        Self { data }
    }
}
