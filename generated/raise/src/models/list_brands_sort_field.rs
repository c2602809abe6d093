/// One of `name` and `popularity`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum ListBrandsSortField {
    /// `name`
    Name,
    /// `popularity`
    Popularity,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl ListBrandsSortField {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Name => "name",
            Self::Popularity => "popularity",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for ListBrandsSortField {
    fn from(value: String) -> Self {
        match value.as_str() {
            "name" => Self::Name,
            "popularity" => Self::Popularity,
            _ => Self::Unknown(value),
        }
    }
}

impl From<ListBrandsSortField> for String {
    fn from(value: ListBrandsSortField) -> Self {
        match value {
            ListBrandsSortField::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for ListBrandsSortField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for ListBrandsSortField {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
