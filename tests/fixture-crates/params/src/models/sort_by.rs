/// An enum written as a union of one-value strings, to document each value.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum SortBy {
    /// `created_at`
    ///
    /// By creation time.
    CreatedAt,
    /// `name`
    ///
    /// By name.
    Name,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl SortBy {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreatedAt => "created_at",
            Self::Name => "name",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for SortBy {
    fn from(value: String) -> Self {
        match value.as_str() {
            "created_at" => Self::CreatedAt,
            "name" => Self::Name,
            _ => Self::Unknown(value),
        }
    }
}

impl From<SortBy> for String {
    fn from(value: SortBy) -> Self {
        match value {
            SortBy::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for SortBy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for SortBy {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
