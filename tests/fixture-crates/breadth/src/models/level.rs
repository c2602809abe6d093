/// One of `0`, `10`, `-1` and `10`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum Level {
    /// `0`
    Low,
    /// `10`
    High,
    /// `-1`
    Negative,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl Level {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Low => 0,
            Self::High => 10,
            Self::Negative => -1,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for Level {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::Low,
            10 => Self::High,
            -1 => Self::Negative,
            other => Self::Unknown(other),
        }
    }
}

impl From<Level> for i64 {
    fn from(value: Level) -> Self {
        value.value()
    }
}

impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for Level {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
