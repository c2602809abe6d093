/// How an authentication method is verified: `NONCE` and `SIGNED_CHALLENGE` go together for key pairs (a nonce is issued, then signed), `CODE` is a one-time code.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum VerificationType {
    /// `NONCE`
    Nonce,
    /// `SIGNED_CHALLENGE`
    SignedChallenge,
    /// `CODE`
    Code,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl VerificationType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Nonce => "NONCE",
            Self::SignedChallenge => "SIGNED_CHALLENGE",
            Self::Code => "CODE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for VerificationType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "NONCE" => Self::Nonce,
            "SIGNED_CHALLENGE" => Self::SignedChallenge,
            "CODE" => Self::Code,
            _ => Self::Unknown(value),
        }
    }
}

impl From<VerificationType> for String {
    fn from(value: VerificationType) -> Self {
        match value {
            VerificationType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for VerificationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for VerificationType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
