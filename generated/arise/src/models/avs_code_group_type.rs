/// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.AvsCodeGroupType).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum AvsCodeGroupType {
    /// `1`
    NoMatch,
    /// `2`
    PartialMatch,
    /// `3`
    Incompatible,
    /// `4`
    Unavailable,
    /// `5`
    ValidGroup,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl AvsCodeGroupType {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::NoMatch => 1,
            Self::PartialMatch => 2,
            Self::Incompatible => 3,
            Self::Unavailable => 4,
            Self::ValidGroup => 5,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for AvsCodeGroupType {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::NoMatch,
            2 => Self::PartialMatch,
            3 => Self::Incompatible,
            4 => Self::Unavailable,
            5 => Self::ValidGroup,
            other => Self::Unknown(other),
        }
    }
}

impl From<AvsCodeGroupType> for i64 {
    fn from(value: AvsCodeGroupType) -> Self {
        value.value()
    }
}

impl std::fmt::Display for AvsCodeGroupType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for AvsCodeGroupType {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
