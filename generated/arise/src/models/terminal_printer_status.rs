/// Aurora-defined integer enumeration (PosService.Contracts.Enums.TerminalPrinterStatus).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum TerminalPrinterStatus {
    /// `1`
    Normal,
    /// `2`
    NotNormal,
    /// `3`
    NotSupported,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl TerminalPrinterStatus {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Normal => 1,
            Self::NotNormal => 2,
            Self::NotSupported => 3,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for TerminalPrinterStatus {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Normal,
            2 => Self::NotNormal,
            3 => Self::NotSupported,
            other => Self::Unknown(other),
        }
    }
}

impl From<TerminalPrinterStatus> for i64 {
    fn from(value: TerminalPrinterStatus) -> Self {
        value.value()
    }
}

impl std::fmt::Display for TerminalPrinterStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for TerminalPrinterStatus {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
