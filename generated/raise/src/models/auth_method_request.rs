/// Request document for registering or replacing a customer's authentication method.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct AuthMethodRequest {
    /// Primary data of an authentication method request.
    pub data: super::AuthMethodRequestData,
}

impl AuthMethodRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(data: impl Into<super::AuthMethodRequestData>) -> Self {
        Self { data: data.into() }
    }
}

/// Wraps a `AuthMethodRequestData`, the one value `new` takes.
impl From<super::AuthMethodRequestData> for AuthMethodRequest {
    fn from(value: super::AuthMethodRequestData) -> Self {
        Self::new(value)
    }
}

/// Wraps a `AuthMethodRequestAttributes` in a `AuthMethodRequestData` first.
impl From<super::AuthMethodRequestAttributes> for AuthMethodRequest {
    fn from(value: super::AuthMethodRequestAttributes) -> Self {
        Self::new(value)
    }
}
