/// Kind of customer authentication method.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum AuthMethodType {
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

impl AuthMethodType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sr25519KeyPair => "SR25519_KEY_PAIR",
            Self::RsaKeyPair => "RSA_KEY_PAIR",
            Self::Sms => "SMS",
            Self::Totp => "TOTP",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for AuthMethodType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "SR25519_KEY_PAIR" => Self::Sr25519KeyPair,
            "RSA_KEY_PAIR" => Self::RsaKeyPair,
            "SMS" => Self::Sms,
            "TOTP" => Self::Totp,
            _ => Self::Unknown(value),
        }
    }
}

impl From<AuthMethodType> for String {
    fn from(value: AuthMethodType) -> Self {
        match value {
            AuthMethodType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for AuthMethodType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for AuthMethodType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
