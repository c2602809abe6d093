/// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.CardType).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum CardType {
    /// `0`
    UnknownValue,
    /// `1`
    Visa,
    /// `2`
    MasterCard,
    /// `3`
    AmericanExpress,
    /// `4`
    DinersClub,
    /// `5`
    Discover,
    /// `6`
    Jcb,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl CardType {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::UnknownValue => 0,
            Self::Visa => 1,
            Self::MasterCard => 2,
            Self::AmericanExpress => 3,
            Self::DinersClub => 4,
            Self::Discover => 5,
            Self::Jcb => 6,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for CardType {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::UnknownValue,
            1 => Self::Visa,
            2 => Self::MasterCard,
            3 => Self::AmericanExpress,
            4 => Self::DinersClub,
            5 => Self::Discover,
            6 => Self::Jcb,
            other => Self::Unknown(other),
        }
    }
}

impl From<CardType> for i64 {
    fn from(value: CardType) -> Self {
        value.value()
    }
}

impl std::fmt::Display for CardType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for CardType {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
