/// Sort direction.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum SortDirection {
    /// `asc`
    Asc,
    /// `desc`
    Desc,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl SortDirection {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for SortDirection {
    fn from(value: String) -> Self {
        match value.as_str() {
            "asc" => Self::Asc,
            "desc" => Self::Desc,
            _ => Self::Unknown(value),
        }
    }
}

impl From<SortDirection> for String {
    fn from(value: SortDirection) -> Self {
        match value {
            SortDirection::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for SortDirection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for SortDirection {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
