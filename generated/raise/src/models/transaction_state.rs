/// Outcome of a transaction.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum TransactionState {
    /// `COMPLETED`
    Completed,
    /// `FAILED`
    Failed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl TransactionState {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "COMPLETED",
            Self::Failed => "FAILED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for TransactionState {
    fn from(value: String) -> Self {
        match value.as_str() {
            "COMPLETED" => Self::Completed,
            "FAILED" => Self::Failed,
            _ => Self::Unknown(value),
        }
    }
}

impl From<TransactionState> for String {
    fn from(value: TransactionState) -> Self {
        match value {
            TransactionState::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for TransactionState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for TransactionState {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
