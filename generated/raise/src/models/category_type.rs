/// Resource type; always `categories`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum CategoryType {
    /// `categories`
    Categories,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl CategoryType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Categories => "categories",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for CategoryType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "categories" => Self::Categories,
            _ => Self::Unknown(value),
        }
    }
}

impl From<CategoryType> for String {
    fn from(value: CategoryType) -> Self {
        match value {
            CategoryType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for CategoryType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for CategoryType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
