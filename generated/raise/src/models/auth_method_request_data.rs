/// Primary data of an authentication method request.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct AuthMethodRequestData {
    /// Resource type; always `auth/methods`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Attributes of an authentication method request. The document describes three request shapes, merged here into one: key pair (`SR25519_KEY_PAIR`, `RSA_KEY_PAIR`: `method` is the hex-encoded public key, required), SMS (`method` is the phone number, required; `verification_type` optional) and TOTP (`type` only).
    pub attributes: super::AuthMethodRequestAttributes,
}

impl AuthMethodRequestData {
    /// Creates the value from its required fields; optional fields start empty.
    ///
    /// Sets `type` to the one value its schema allows.
    pub fn new(attributes: super::AuthMethodRequestAttributes) -> Self {
        Self {
            type_: "auth/methods".to_owned(),
            attributes,
        }
    }
}

/// Wraps a `AuthMethodRequestAttributes`, the one value `new` takes.
impl From<super::AuthMethodRequestAttributes> for AuthMethodRequestData {
    fn from(value: super::AuthMethodRequestAttributes) -> Self {
        Self::new(value)
    }
}
