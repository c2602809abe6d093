/// Every value is of the wrong type, so the enum has only `Unknown`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum Nothing {
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl Nothing {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for Nothing {
    fn from(value: i64) -> Self {
        Self::Unknown(value)
    }
}

impl From<Nothing> for i64 {
    fn from(value: Nothing) -> Self {
        value.value()
    }
}

impl std::fmt::Display for Nothing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for Nothing {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
