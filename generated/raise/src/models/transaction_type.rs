/// Resource type; always `transactions`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum TransactionType {
    /// `transactions`
    Transactions,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl TransactionType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Transactions => "transactions",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for TransactionType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "transactions" => Self::Transactions,
            _ => Self::Unknown(value),
        }
    }
}

impl From<TransactionType> for String {
    fn from(value: TransactionType) -> Self {
        match value {
            TransactionType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for TransactionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for TransactionType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
