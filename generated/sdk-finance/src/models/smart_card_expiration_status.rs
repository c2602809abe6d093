/// Whether a card has expired.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum SmartCardExpirationStatus {
    /// `ACTIVE`
    Active,
    /// `EXPIRED`
    Expired,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl SmartCardExpirationStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Expired => "EXPIRED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for SmartCardExpirationStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "ACTIVE" => Self::Active,
            "EXPIRED" => Self::Expired,
            _ => Self::Unknown(value),
        }
    }
}

impl From<SmartCardExpirationStatus> for String {
    fn from(value: SmartCardExpirationStatus) -> Self {
        match value {
            SmartCardExpirationStatus::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for SmartCardExpirationStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for SmartCardExpirationStatus {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
