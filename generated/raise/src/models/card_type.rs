/// Resource type; always `cards`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum CardType {
    /// `cards`
    Cards,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl CardType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cards => "cards",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for CardType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "cards" => Self::Cards,
            _ => Self::Unknown(value),
        }
    }
}

impl From<CardType> for String {
    fn from(value: CardType) -> Self {
        match value {
            CardType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for CardType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for CardType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
