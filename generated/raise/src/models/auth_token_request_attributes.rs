/// Attributes of an auth token request.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
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
}

impl AuthTokenRequestAttributes {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(action: super::AuthTokenAction) -> Self {
        Self {
            action,
            code: None,
            signed_nonce: None,
        }
    }

    /// Sets `code`.
    pub fn with_code(mut self, value: impl Into<String>) -> Self {
        self.code = Some(value.into());
        self
    }

    /// Sets `signed_nonce`.
    pub fn with_signed_nonce(mut self, value: impl Into<String>) -> Self {
        self.signed_nonce = Some(value.into());
        self
    }
}
