/// Resource type; always `auth/tokens`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum AuthTokenRequestDataType {
    /// `auth/tokens`
    AuthTokens,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl AuthTokenRequestDataType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthTokens => "auth/tokens",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for AuthTokenRequestDataType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "auth/tokens" => Self::AuthTokens,
            _ => Self::Unknown(value),
        }
    }
}

impl From<AuthTokenRequestDataType> for String {
    fn from(value: AuthTokenRequestDataType) -> Self {
        match value {
            AuthTokenRequestDataType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for AuthTokenRequestDataType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for AuthTokenRequestDataType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
