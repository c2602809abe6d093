/// Always `password`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum PasswordGrantRequestGrantType {
    /// `password`
    Password,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl PasswordGrantRequestGrantType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Password => "password",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for PasswordGrantRequestGrantType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "password" => Self::Password,
            _ => Self::Unknown(value),
        }
    }
}

impl From<PasswordGrantRequestGrantType> for String {
    fn from(value: PasswordGrantRequestGrantType) -> Self {
        match value {
            PasswordGrantRequestGrantType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for PasswordGrantRequestGrantType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for PasswordGrantRequestGrantType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
