/// Aurora-defined integer enumeration (PosService.Contracts.Enums.TerminalAvailabilityStatus).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum TerminalAvailabilityStatus {
    /// `1`
    Ready,
    /// `2`
    Busy,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl TerminalAvailabilityStatus {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Ready => 1,
            Self::Busy => 2,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for TerminalAvailabilityStatus {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Ready,
            2 => Self::Busy,
            other => Self::Unknown(other),
        }
    }
}

impl From<TerminalAvailabilityStatus> for i64 {
    fn from(value: TerminalAvailabilityStatus) -> Self {
        value.value()
    }
}

impl std::fmt::Display for TerminalAvailabilityStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for TerminalAvailabilityStatus {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
