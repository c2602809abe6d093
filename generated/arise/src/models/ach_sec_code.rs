/// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.Ach.AchSECCode).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum AchSecCode {
    /// `1`
    Web,
    /// `2`
    Ppd,
    /// `3`
    Ccd,
    /// `4`
    Telephone,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl AchSecCode {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Web => 1,
            Self::Ppd => 2,
            Self::Ccd => 3,
            Self::Telephone => 4,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for AchSecCode {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Web,
            2 => Self::Ppd,
            3 => Self::Ccd,
            4 => Self::Telephone,
            other => Self::Unknown(other),
        }
    }
}

impl From<AchSecCode> for i64 {
    fn from(value: AchSecCode) -> Self {
        value.value()
    }
}

impl std::fmt::Display for AchSecCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for AchSecCode {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
