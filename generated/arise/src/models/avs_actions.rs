/// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.AvsActions).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum AvsActions {
    /// `1`
    Allow,
    /// `2`
    Deny,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl AvsActions {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Allow => 1,
            Self::Deny => 2,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for AvsActions {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Allow,
            2 => Self::Deny,
            other => Self::Unknown(other),
        }
    }
}

impl From<AvsActions> for i64 {
    fn from(value: AvsActions) -> Self {
        value.value()
    }
}

impl std::fmt::Display for AvsActions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for AvsActions {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
