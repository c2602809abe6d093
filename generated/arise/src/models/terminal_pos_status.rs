/// Aurora-defined integer enumeration (PosService.Contracts.Enums.TerminalPosStatus).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum TerminalPosStatus {
    /// `1`
    Active,
    /// `2`
    Busy,
    /// `3`
    Offline,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl TerminalPosStatus {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Active => 1,
            Self::Busy => 2,
            Self::Offline => 3,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for TerminalPosStatus {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Active,
            2 => Self::Busy,
            3 => Self::Offline,
            other => Self::Unknown(other),
        }
    }
}

impl From<TerminalPosStatus> for i64 {
    fn from(value: TerminalPosStatus) -> Self {
        value.value()
    }
}

impl std::fmt::Display for TerminalPosStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for TerminalPosStatus {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
