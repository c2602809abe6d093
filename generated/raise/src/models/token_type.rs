/// Kind of token issued.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum TokenType {
    /// `BEARER`
    Bearer,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl TokenType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bearer => "BEARER",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for TokenType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "BEARER" => Self::Bearer,
            _ => Self::Unknown(value),
        }
    }
}

impl From<TokenType> for String {
    fn from(value: TokenType) -> Self {
        match value {
            TokenType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for TokenType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for TokenType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
