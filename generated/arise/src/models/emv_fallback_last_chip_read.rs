/// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.EMVFallbackLastChipRead).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum EmvFallbackLastChipRead {
    /// `0`
    Successful,
    /// `1`
    Failed,
    /// `2`
    NotAChipTransaction,
    /// `3`
    UnknownValue,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl EmvFallbackLastChipRead {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Successful => 0,
            Self::Failed => 1,
            Self::NotAChipTransaction => 2,
            Self::UnknownValue => 3,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for EmvFallbackLastChipRead {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::Successful,
            1 => Self::Failed,
            2 => Self::NotAChipTransaction,
            3 => Self::UnknownValue,
            other => Self::Unknown(other),
        }
    }
}

impl From<EmvFallbackLastChipRead> for i64 {
    fn from(value: EmvFallbackLastChipRead) -> Self {
        value.value()
    }
}

impl std::fmt::Display for EmvFallbackLastChipRead {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for EmvFallbackLastChipRead {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
