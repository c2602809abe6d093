/// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.EMVFallbackCondition).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum EmvFallbackCondition {
    /// `0`
    IccTerminalError,
    /// `1`
    NoCandidateList,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl EmvFallbackCondition {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::IccTerminalError => 0,
            Self::NoCandidateList => 1,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for EmvFallbackCondition {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::IccTerminalError,
            1 => Self::NoCandidateList,
            other => Self::Unknown(other),
        }
    }
}

impl From<EmvFallbackCondition> for i64 {
    fn from(value: EmvFallbackCondition) -> Self {
        value.value()
    }
}

impl std::fmt::Display for EmvFallbackCondition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for EmvFallbackCondition {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
