/// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.SettlementBatchStatus).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum SettlementBatchStatus {
    /// `1`
    Open,
    /// `2`
    Settled,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl SettlementBatchStatus {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Open => 1,
            Self::Settled => 2,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for SettlementBatchStatus {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Open,
            2 => Self::Settled,
            other => Self::Unknown(other),
        }
    }
}

impl From<SettlementBatchStatus> for i64 {
    fn from(value: SettlementBatchStatus) -> Self {
        value.value()
    }
}

impl std::fmt::Display for SettlementBatchStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for SettlementBatchStatus {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
