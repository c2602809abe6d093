/// Always `created_at`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum ListTransactionsSortBy {
    /// `created_at`
    CreatedAt,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl ListTransactionsSortBy {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreatedAt => "created_at",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ListTransactionsSortBy {
    fn from(value: String) -> Self {
        match value.as_str() {
            "created_at" => Self::CreatedAt,
            _ => Self::Unknown(value),
        }
    }
}

impl From<ListTransactionsSortBy> for String {
    fn from(value: ListTransactionsSortBy) -> Self {
        match value {
            ListTransactionsSortBy::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for ListTransactionsSortBy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for ListTransactionsSortBy {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
