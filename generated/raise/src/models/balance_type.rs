/// Resource type; always `balance`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum BalanceType {
    /// `balance`
    Balance,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl BalanceType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Balance => "balance",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for BalanceType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "balance" => Self::Balance,
            _ => Self::Unknown(value),
        }
    }
}

impl From<BalanceType> for String {
    fn from(value: BalanceType) -> Self {
        match value {
            BalanceType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for BalanceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for BalanceType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
