/// Transaction type identifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum TransactionDtoTransactionTypeId {
    /// `1`
    Authorization,
    /// `2`
    Sale,
    /// `3`
    Capture,
    /// `4`
    Void,
    /// `5`
    Refund,
    /// `6`
    Verify,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl TransactionDtoTransactionTypeId {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Authorization => 1,
            Self::Sale => 2,
            Self::Capture => 3,
            Self::Void => 4,
            Self::Refund => 5,
            Self::Verify => 6,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for TransactionDtoTransactionTypeId {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Authorization,
            2 => Self::Sale,
            3 => Self::Capture,
            4 => Self::Void,
            5 => Self::Refund,
            6 => Self::Verify,
            other => Self::Unknown(other),
        }
    }
}

impl From<TransactionDtoTransactionTypeId> for i64 {
    fn from(value: TransactionDtoTransactionTypeId) -> Self {
        value.value()
    }
}

impl std::fmt::Display for TransactionDtoTransactionTypeId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for TransactionDtoTransactionTypeId {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
