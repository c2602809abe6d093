/// Aurora-defined integer enumeration (PosService.Contracts.PosTransactionStatus).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum PosTransactionStatus {
    /// `1`
    TerminalConnecting,
    /// `2`
    TransactionProcessing,
    /// `3`
    DeclinedByProcessor,
    /// `4`
    CancelByPos,
    /// `5`
    CancelByTerminal,
    /// `6`
    Completed,
    /// `7`
    Error,
    /// `8`
    Inconsistency,
    /// `9`
    TerminalOffline,
    /// `10`
    TransactionSentToProcessor,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl PosTransactionStatus {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::TerminalConnecting => 1,
            Self::TransactionProcessing => 2,
            Self::DeclinedByProcessor => 3,
            Self::CancelByPos => 4,
            Self::CancelByTerminal => 5,
            Self::Completed => 6,
            Self::Error => 7,
            Self::Inconsistency => 8,
            Self::TerminalOffline => 9,
            Self::TransactionSentToProcessor => 10,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for PosTransactionStatus {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::TerminalConnecting,
            2 => Self::TransactionProcessing,
            3 => Self::DeclinedByProcessor,
            4 => Self::CancelByPos,
            5 => Self::CancelByTerminal,
            6 => Self::Completed,
            7 => Self::Error,
            8 => Self::Inconsistency,
            9 => Self::TerminalOffline,
            10 => Self::TransactionSentToProcessor,
            other => Self::Unknown(other),
        }
    }
}

impl From<PosTransactionStatus> for i64 {
    fn from(value: PosTransactionStatus) -> Self {
        value.value()
    }
}

impl std::fmt::Display for PosTransactionStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for PosTransactionStatus {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
