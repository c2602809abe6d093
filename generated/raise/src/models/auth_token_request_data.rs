/// Primary data of an auth token request.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct AuthTokenRequestData {
    /// Resource type; always `auth/tokens`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Attributes of an auth token request.
    pub attributes: super::AuthTokenRequestAttributes,
}

impl paygen_runtime::redact::SensitiveValues for AuthTokenRequestData {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::SensitiveValues::sensitive_values(&self.attributes, out);
    }
}

impl AuthTokenRequestData {
    /// Creates the value from its required fields; optional fields start empty.
    ///
    /// Sets `type` to the one value its schema allows.
    pub fn new(attributes: super::AuthTokenRequestAttributes) -> Self {
        Self {
            type_: "auth/tokens".to_owned(),
            attributes,
        }
    }
}

/// Wraps a `AuthTokenRequestAttributes`, the one value `new` takes.
impl From<super::AuthTokenRequestAttributes> for AuthTokenRequestData {
    fn from(value: super::AuthTokenRequestAttributes) -> Self {
        Self::new(value)
    }
}
