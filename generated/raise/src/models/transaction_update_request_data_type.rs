/// Resource type; always `transactions`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum TransactionUpdateRequestDataType {
    /// `transactions`
    Transactions,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl TransactionUpdateRequestDataType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Transactions => "transactions",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for TransactionUpdateRequestDataType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "transactions" => Self::Transactions,
            _ => Self::Unknown(value),
        }
    }
}

impl From<TransactionUpdateRequestDataType> for String {
    fn from(value: TransactionUpdateRequestDataType) -> Self {
        match value {
            TransactionUpdateRequestDataType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for TransactionUpdateRequestDataType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for TransactionUpdateRequestDataType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
