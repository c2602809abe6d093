/// One of `1`, `2` and `3`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum Size {
    /// `1`
    Small,
    /// `2`
    Medium,
    /// `3`
    Large,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl Size {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Small => 1,
            Self::Medium => 2,
            Self::Large => 3,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for Size {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Small,
            2 => Self::Medium,
            3 => Self::Large,
            other => Self::Unknown(other),
        }
    }
}

impl From<Size> for i64 {
    fn from(value: Size) -> Self {
        value.value()
    }
}

impl std::fmt::Display for Size {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for Size {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
