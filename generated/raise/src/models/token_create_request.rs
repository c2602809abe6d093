/// Request document for a server bearer token.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct TokenCreateRequest {
    /// Primary data of a server token request.
    pub data: super::TokenCreateRequestData,
}

impl TokenCreateRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(data: impl Into<super::TokenCreateRequestData>) -> Self {
        Self { data: data.into() }
    }
}

/// Wraps a `TokenCreateRequestData`, the one value `new` takes.
impl From<super::TokenCreateRequestData> for TokenCreateRequest {
    fn from(value: super::TokenCreateRequestData) -> Self {
        Self::new(value)
    }
}

/// Wraps a `TokenCreateAttributes` in a `TokenCreateRequestData` first.
impl From<super::TokenCreateAttributes> for TokenCreateRequest {
    fn from(value: super::TokenCreateAttributes) -> Self {
        Self::new(value)
    }
}
