/// Type of a metadata value.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum MetadataKind {
    /// `STRING`
    String,
    /// `DATE`
    Date,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl MetadataKind {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "STRING",
            Self::Date => "DATE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for MetadataKind {
    fn from(value: String) -> Self {
        match value.as_str() {
            "STRING" => Self::String,
            "DATE" => Self::Date,
            _ => Self::Unknown(value),
        }
    }
}

impl From<MetadataKind> for String {
    fn from(value: MetadataKind) -> Self {
        match value {
            MetadataKind::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for MetadataKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for MetadataKind {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
