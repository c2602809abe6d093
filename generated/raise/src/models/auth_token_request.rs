/// Request document for one step of the customer token flow.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct AuthTokenRequest {
    /// Primary data of an auth token request.
    pub data: super::AuthTokenRequestData,
}

impl paygen_runtime::redact::SensitiveValues for AuthTokenRequest {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::SensitiveValues::sensitive_values(&self.data, out);
    }
}

impl AuthTokenRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(data: impl Into<super::AuthTokenRequestData>) -> Self {
        Self { data: data.into() }
    }
}

/// Wraps a `AuthTokenRequestData`, the one value `new` takes.
impl From<super::AuthTokenRequestData> for AuthTokenRequest {
    fn from(value: super::AuthTokenRequestData) -> Self {
        Self::new(value)
    }
}

/// Wraps a `AuthTokenRequestAttributes` in a `AuthTokenRequestData` first.
impl From<super::AuthTokenRequestAttributes> for AuthTokenRequest {
    fn from(value: super::AuthTokenRequestAttributes) -> Self {
        Self::new(value)
    }
}
