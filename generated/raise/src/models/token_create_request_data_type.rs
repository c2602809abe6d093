/// Resource type; always `tokens`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum TokenCreateRequestDataType {
    /// `tokens`
    Tokens,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl TokenCreateRequestDataType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tokens => "tokens",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for TokenCreateRequestDataType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "tokens" => Self::Tokens,
            _ => Self::Unknown(value),
        }
    }
}

impl From<TokenCreateRequestDataType> for String {
    fn from(value: TokenCreateRequestDataType) -> Self {
        match value {
            TokenCreateRequestDataType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for TokenCreateRequestDataType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for TokenCreateRequestDataType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
