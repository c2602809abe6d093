/// Aurora-defined integer enumeration (PosService.Contracts.Enums.TerminalConnectionType).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum TerminalConnectionType {
    /// `1`
    WiFi,
    /// `2`
    Mobile,
    /// `3`
    Ethernet,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl TerminalConnectionType {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::WiFi => 1,
            Self::Mobile => 2,
            Self::Ethernet => 3,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for TerminalConnectionType {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::WiFi,
            2 => Self::Mobile,
            3 => Self::Ethernet,
            other => Self::Unknown(other),
        }
    }
}

impl From<TerminalConnectionType> for i64 {
    fn from(value: TerminalConnectionType) -> Self {
        value.value()
    }
}

impl std::fmt::Display for TerminalConnectionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for TerminalConnectionType {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
