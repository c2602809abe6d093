/// Aurora-defined integer enumeration (PaymentIntegrations.Contracts.Enums.PaymentSessionStatus).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum PaymentSessionStatus {
    /// `1`
    Created,
    /// `2`
    Cancelled,
    /// `3`
    Completed,
    /// `4`
    Failed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl PaymentSessionStatus {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Created => 1,
            Self::Cancelled => 2,
            Self::Completed => 3,
            Self::Failed => 4,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for PaymentSessionStatus {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Created,
            2 => Self::Cancelled,
            3 => Self::Completed,
            4 => Self::Failed,
            other => Self::Unknown(other),
        }
    }
}

impl From<PaymentSessionStatus> for i64 {
    fn from(value: PaymentSessionStatus) -> Self {
        value.value()
    }
}

impl std::fmt::Display for PaymentSessionStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for PaymentSessionStatus {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
