/// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.TokenType).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum TokenType {
    /// `1`
    Local,
    /// `2`
    Network,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl TokenType {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Local => 1,
            Self::Network => 2,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for TokenType {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Local,
            2 => Self::Network,
            other => Self::Unknown(other),
        }
    }
}

impl From<TokenType> for i64 {
    fn from(value: TokenType) -> Self {
        value.value()
    }
}

impl std::fmt::Display for TokenType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for TokenType {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
