/// Legal form of a merchant.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum LegalType {
    /// `corporation`
    Corporation,
    /// `individual`
    Individual,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl LegalType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Corporation => "corporation",
            Self::Individual => "individual",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for LegalType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "corporation" => Self::Corporation,
            "individual" => Self::Individual,
            _ => Self::Unknown(value),
        }
    }
}

impl From<LegalType> for String {
    fn from(value: LegalType) -> Self {
        match value {
            LegalType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for LegalType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for LegalType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
