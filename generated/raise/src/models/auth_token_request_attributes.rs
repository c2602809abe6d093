/// Attributes of an auth token request.
#[derive(Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct AuthTokenRequestAttributes {
    /// Step of the customer token flow requested from the auth tokens endpoint.
    pub action: super::AuthTokenAction,
    /// Verification code entered by the customer; needed for SMS and TOTP validation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Hex-encoded signature of the challenge nonce made with the customer's private key; needed to validate key-pair methods.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signed_nonce: Option<String>,
    /// Free-form key/value map stored on a resource. Keys are names you choose; each value is a typed field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, super::MetadataField>>,
}

impl std::fmt::Debug for AuthTokenRequestAttributes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AuthTokenRequestAttributes")
            .field("action", &self.action)
            .field("code", &paygen_runtime::redact::Redacted::full(&self.code))
            .field(
                "signed_nonce",
                &paygen_runtime::redact::Redacted::full(&self.signed_nonce),
            )
            .field("metadata", &self.metadata)
            .finish()
    }
}

impl paygen_runtime::redact::SensitiveValues for AuthTokenRequestAttributes {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::values_of(&self.code, out);
        paygen_runtime::redact::values_of(&self.signed_nonce, out);
    }
}

impl AuthTokenRequestAttributes {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(action: super::AuthTokenAction) -> Self {
        Self {
            action,
            code: None,
            signed_nonce: None,
            metadata: None,
        }
    }

    /// Property `code`: Verification code entered by the customer; needed for SMS and TOTP validation.
    pub fn code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }

    /// Property `signed_nonce`: Hex-encoded signature of the challenge nonce made with the customer's private key; needed to validate key-pair methods.
    pub fn signed_nonce(mut self, value: impl Into<String>) -> Self {
        self.signed_nonce = Some(value.into());
        self
    }

    /// Property `metadata`: Free-form key/value map stored on a resource. Keys are names you choose; each value is a typed field.
    pub fn metadata(
        mut self,
        value: std::collections::BTreeMap<String, super::MetadataField>,
    ) -> Self {
        self.metadata = Some(value);
        self
    }
}
