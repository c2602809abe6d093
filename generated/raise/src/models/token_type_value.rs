/// Resource type; always `tokens`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum TokenTypeValue {
    /// `tokens`
    Tokens,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl TokenTypeValue {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tokens => "tokens",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for TokenTypeValue {
    fn from(value: String) -> Self {
        match value.as_str() {
            "tokens" => Self::Tokens,
            _ => Self::Unknown(value),
        }
    }
}

impl From<TokenTypeValue> for String {
    fn from(value: TokenTypeValue) -> Self {
        match value {
            TokenTypeValue::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for TokenTypeValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for TokenTypeValue {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
