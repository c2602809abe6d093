/// Always `NL`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum AddressCountry {
    /// `NL`
    Nl,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl AddressCountry {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Nl => "NL",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for AddressCountry {
    fn from(value: String) -> Self {
        match value.as_str() {
            "NL" => Self::Nl,
            _ => Self::Unknown(value),
        }
    }
}

impl From<AddressCountry> for String {
    fn from(value: AddressCountry) -> Self {
        match value {
            AddressCountry::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for AddressCountry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for AddressCountry {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
