/// Value of `type` in an auth token response. The document lists only `BEARER`, but its nonce example returns the authentication method type (e.g. `SR25519_KEY_PAIR`), so those values are accepted too.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum AuthTokenType {
    /// `BEARER`
    Bearer,
    /// `SR25519_KEY_PAIR`
    Sr25519KeyPair,
    /// `RSA_KEY_PAIR`
    RsaKeyPair,
    /// `SMS`
    Sms,
    /// `TOTP`
    Totp,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl AuthTokenType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bearer => "BEARER",
            Self::Sr25519KeyPair => "SR25519_KEY_PAIR",
            Self::RsaKeyPair => "RSA_KEY_PAIR",
            Self::Sms => "SMS",
            Self::Totp => "TOTP",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for AuthTokenType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "BEARER" => Self::Bearer,
            "SR25519_KEY_PAIR" => Self::Sr25519KeyPair,
            "RSA_KEY_PAIR" => Self::RsaKeyPair,
            "SMS" => Self::Sms,
            "TOTP" => Self::Totp,
            _ => Self::Unknown(value),
        }
    }
}

impl From<AuthTokenType> for String {
    fn from(value: AuthTokenType) -> Self {
        match value {
            AuthTokenType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for AuthTokenType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for AuthTokenType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
