/// Always `things`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum ThingDataType {
    /// `things`
    Things,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl ThingDataType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Things => "things",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ThingDataType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "things" => Self::Things,
            _ => Self::Unknown(value),
        }
    }
}

impl From<ThingDataType> for String {
    fn from(value: ThingDataType) -> Self {
        match value {
            ThingDataType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for ThingDataType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for ThingDataType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
