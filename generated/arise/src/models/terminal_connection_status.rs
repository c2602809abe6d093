/// Aurora-defined integer enumeration (PosService.Contracts.Enums.TerminalConnectionStatus).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum TerminalConnectionStatus {
    /// `1`
    Online,
    /// `2`
    Offline,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl TerminalConnectionStatus {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Online => 1,
            Self::Offline => 2,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for TerminalConnectionStatus {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Online,
            2 => Self::Offline,
            other => Self::Unknown(other),
        }
    }
}

impl From<TerminalConnectionStatus> for i64 {
    fn from(value: TerminalConnectionStatus) -> Self {
        value.value()
    }
}

impl std::fmt::Display for TerminalConnectionStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for TerminalConnectionStatus {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
