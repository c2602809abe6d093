/// Role of the new user.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum RegistrationRequestRole {
    /// `individual`
    Individual,
    /// `merchant`
    Merchant,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl RegistrationRequestRole {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Individual => "individual",
            Self::Merchant => "merchant",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for RegistrationRequestRole {
    fn from(value: String) -> Self {
        match value.as_str() {
            "individual" => Self::Individual,
            "merchant" => Self::Merchant,
            _ => Self::Unknown(value),
        }
    }
}

impl From<RegistrationRequestRole> for String {
    fn from(value: RegistrationRequestRole) -> Self {
        match value {
            RegistrationRequestRole::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for RegistrationRequestRole {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for RegistrationRequestRole {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
