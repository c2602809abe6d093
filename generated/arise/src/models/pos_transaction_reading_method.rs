/// Aurora-defined integer enumeration (PosService.Contracts.Enums.PosTransactionReadingMethod).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum PosTransactionReadingMethod {
    /// `1`
    Reading,
    /// `2`
    KeyedIn,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl PosTransactionReadingMethod {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Reading => 1,
            Self::KeyedIn => 2,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for PosTransactionReadingMethod {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Reading,
            2 => Self::KeyedIn,
            other => Self::Unknown(other),
        }
    }
}

impl From<PosTransactionReadingMethod> for i64 {
    fn from(value: PosTransactionReadingMethod) -> Self {
        value.value()
    }
}

impl std::fmt::Display for PosTransactionReadingMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for PosTransactionReadingMethod {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
