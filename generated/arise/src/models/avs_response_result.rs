/// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.AvsResponseResult).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum AvsResponseResult {
    /// `1`
    Passed,
    /// `2`
    Failed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl AvsResponseResult {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Passed => 1,
            Self::Failed => 2,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for AvsResponseResult {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Passed,
            2 => Self::Failed,
            other => Self::Unknown(other),
        }
    }
}

impl From<AvsResponseResult> for i64 {
    fn from(value: AvsResponseResult) -> Self {
        value.value()
    }
}

impl std::fmt::Display for AvsResponseResult {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for AvsResponseResult {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
