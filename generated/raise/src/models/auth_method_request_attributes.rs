/// Attributes of an authentication method request. The document describes three request shapes, merged here into one: key pair (`SR25519_KEY_PAIR`, `RSA_KEY_PAIR`: `method` is the hex-encoded public key, required), SMS (`method` is the phone number, required; `verification_type` optional) and TOTP (`type` only).
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct AuthMethodRequestAttributes {
    /// Kind of customer authentication method.
    #[serde(rename = "type")]
    pub type_: super::AuthMethodType,
    /// Hex-encoded public key for key-pair methods, or the phone number that receives codes for SMS. Required for those types; omitted for TOTP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<String>,
    /// How an authentication method is verified: `NONCE` and `SIGNED_CHALLENGE` go together for key pairs (a nonce is issued, then signed), `CODE` is a one-time code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verification_type: Option<super::VerificationType>,
    /// Free-form key/value map stored on a resource. Keys are names you choose; each value is a typed field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, super::MetadataField>>,
}

impl AuthMethodRequestAttributes {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new(type_: super::AuthMethodType) -> Self {
        Self {
            type_,
            method: None,
            verification_type: None,
            metadata: None,
        }
    }

    /// Property `method`: Hex-encoded public key for key-pair methods, or the phone number that receives codes for SMS. Required for those types; omitted for TOTP.
    pub fn method(mut self, value: impl Into<String>) -> Self {
        self.method = Some(value.into());
        self
    }

    /// Property `verification_type`: How an authentication method is verified: `NONCE` and `SIGNED_CHALLENGE` go together for key pairs (a nonce is issued, then signed), `CODE` is a one-time code.
    pub fn verification_type(mut self, value: super::VerificationType) -> Self {
        self.verification_type = Some(value);
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
