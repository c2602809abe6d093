/// Aurora-defined integer enumeration (PosService.Contracts.Enums.TerminalDebitPinKey).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum TerminalDebitPinKey {
    /// `1`
    Injected,
    /// `2`
    Missing,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl TerminalDebitPinKey {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Injected => 1,
            Self::Missing => 2,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for TerminalDebitPinKey {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Injected,
            2 => Self::Missing,
            other => Self::Unknown(other),
        }
    }
}

impl From<TerminalDebitPinKey> for i64 {
    fn from(value: TerminalDebitPinKey) -> Self {
        value.value()
    }
}

impl std::fmt::Display for TerminalDebitPinKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for TerminalDebitPinKey {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
