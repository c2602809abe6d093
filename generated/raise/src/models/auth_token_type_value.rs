/// Resource type. The attribute table says `tokens` while every example returns `auth/tokens`; both values are accepted.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum AuthTokenTypeValue {
    /// `auth/tokens`
    AuthTokens,
    /// `tokens`
    Tokens,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl AuthTokenTypeValue {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthTokens => "auth/tokens",
            Self::Tokens => "tokens",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for AuthTokenTypeValue {
    fn from(value: String) -> Self {
        match value.as_str() {
            "auth/tokens" => Self::AuthTokens,
            "tokens" => Self::Tokens,
            _ => Self::Unknown(value),
        }
    }
}

impl From<AuthTokenTypeValue> for String {
    fn from(value: AuthTokenTypeValue) -> Self {
        match value {
            AuthTokenTypeValue::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for AuthTokenTypeValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for AuthTokenTypeValue {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
