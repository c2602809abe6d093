/// One of `created_at` and `updated_at`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum ListCardsSortBy {
    /// `created_at`
    CreatedAt,
    /// `updated_at`
    UpdatedAt,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl ListCardsSortBy {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreatedAt => "created_at",
            Self::UpdatedAt => "updated_at",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ListCardsSortBy {
    fn from(value: String) -> Self {
        match value.as_str() {
            "created_at" => Self::CreatedAt,
            "updated_at" => Self::UpdatedAt,
            _ => Self::Unknown(value),
        }
    }
}

impl From<ListCardsSortBy> for String {
    fn from(value: ListCardsSortBy) -> Self {
        match value {
            ListCardsSortBy::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for ListCardsSortBy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for ListCardsSortBy {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
