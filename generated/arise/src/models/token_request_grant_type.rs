/// Must be client_credentials.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum TokenRequestGrantType {
    /// `client_credentials`
    ClientCredentials,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl TokenRequestGrantType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ClientCredentials => "client_credentials",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for TokenRequestGrantType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "client_credentials" => Self::ClientCredentials,
            _ => Self::Unknown(value),
        }
    }
}

impl From<TokenRequestGrantType> for String {
    fn from(value: TokenRequestGrantType) -> Self {
        match value {
            TokenRequestGrantType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for TokenRequestGrantType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for TokenRequestGrantType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
