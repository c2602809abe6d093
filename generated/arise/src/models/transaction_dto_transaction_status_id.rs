/// Transaction status identifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum TransactionDtoTransactionStatusId {
    /// `1`
    Authorized,
    /// `2`
    Captured,
    /// `3`
    Voided,
    /// `4`
    Refunded,
    /// `5`
    Verified,
    /// `6`
    Settled,
    /// `7`
    PartiallyAuthorized,
    /// `90`
    Pending,
    /// `91`
    Declined,
    /// `92`
    Failed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl TransactionDtoTransactionStatusId {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Authorized => 1,
            Self::Captured => 2,
            Self::Voided => 3,
            Self::Refunded => 4,
            Self::Verified => 5,
            Self::Settled => 6,
            Self::PartiallyAuthorized => 7,
            Self::Pending => 90,
            Self::Declined => 91,
            Self::Failed => 92,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for TransactionDtoTransactionStatusId {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Authorized,
            2 => Self::Captured,
            3 => Self::Voided,
            4 => Self::Refunded,
            5 => Self::Verified,
            6 => Self::Settled,
            7 => Self::PartiallyAuthorized,
            90 => Self::Pending,
            91 => Self::Declined,
            92 => Self::Failed,
            other => Self::Unknown(other),
        }
    }
}

impl From<TransactionDtoTransactionStatusId> for i64 {
    fn from(value: TransactionDtoTransactionStatusId) -> Self {
        value.value()
    }
}

impl std::fmt::Display for TransactionDtoTransactionStatusId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for TransactionDtoTransactionStatusId {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
