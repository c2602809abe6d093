/// Resource type; always `auth/methods`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum AuthMethodTypeValue {
    /// `auth/methods`
    AuthMethods,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl AuthMethodTypeValue {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthMethods => "auth/methods",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for AuthMethodTypeValue {
    fn from(value: String) -> Self {
        match value.as_str() {
            "auth/methods" => Self::AuthMethods,
            _ => Self::Unknown(value),
        }
    }
}

impl From<AuthMethodTypeValue> for String {
    fn from(value: AuthMethodTypeValue) -> Self {
        match value {
            AuthMethodTypeValue::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for AuthMethodTypeValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for AuthMethodTypeValue {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
