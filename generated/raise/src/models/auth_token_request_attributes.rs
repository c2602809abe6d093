/// Attributes of an auth token request.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
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
