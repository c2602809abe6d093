/// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.Currency).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum Currency {
    /// `1`
    Usd,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl Currency {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Usd => 1,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for Currency {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Usd,
            other => Self::Unknown(other),
        }
    }
}

impl From<Currency> for i64 {
    fn from(value: Currency) -> Self {
        value.value()
    }
}

impl std::fmt::Display for Currency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for Currency {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
