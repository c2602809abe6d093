/// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.CardDataSource).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum CardDataSource {
    /// `1`
    Internet,
    /// `2`
    Swipe,
    /// `3`
    Nfc,
    /// `4`
    Emv,
    /// `5`
    EmvContactless,
    /// `6`
    FallbackSwipe,
    /// `7`
    Manual,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl CardDataSource {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Internet => 1,
            Self::Swipe => 2,
            Self::Nfc => 3,
            Self::Emv => 4,
            Self::EmvContactless => 5,
            Self::FallbackSwipe => 6,
            Self::Manual => 7,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for CardDataSource {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Internet,
            2 => Self::Swipe,
            3 => Self::Nfc,
            4 => Self::Emv,
            5 => Self::EmvContactless,
            6 => Self::FallbackSwipe,
            7 => Self::Manual,
            other => Self::Unknown(other),
        }
    }
}

impl From<CardDataSource> for i64 {
    fn from(value: CardDataSource) -> Self {
        value.value()
    }
}

impl std::fmt::Display for CardDataSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for CardDataSource {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
