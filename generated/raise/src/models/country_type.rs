/// Resource type; always `countries`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum CountryType {
    /// `countries`
    Countries,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl CountryType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Countries => "countries",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for CountryType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "countries" => Self::Countries,
            _ => Self::Unknown(value),
        }
    }
}

impl From<CountryType> for String {
    fn from(value: CountryType) -> Self {
        match value {
            CountryType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for CountryType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for CountryType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
