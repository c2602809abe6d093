/// Request document for a server bearer token.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TokenCreateRequest {
    /// Primary data of a server token request.
    pub data: super::TokenCreateRequestData,
}
