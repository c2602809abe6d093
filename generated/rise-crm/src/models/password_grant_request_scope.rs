/// Must be `offline_access` to receive a refresh token.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum PasswordGrantRequestScope {
    /// `offline_access`
    OfflineAccess,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl PasswordGrantRequestScope {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OfflineAccess => "offline_access",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for PasswordGrantRequestScope {
    fn from(value: String) -> Self {
        match value.as_str() {
            "offline_access" => Self::OfflineAccess,
            _ => Self::Unknown(value),
        }
    }
}

impl From<PasswordGrantRequestScope> for String {
    fn from(value: PasswordGrantRequestScope) -> Self {
        match value {
            PasswordGrantRequestScope::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for PasswordGrantRequestScope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for PasswordGrantRequestScope {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
