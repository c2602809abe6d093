/// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.ResponseCode).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum ResponseCode {
    /// `0`
    Approve,
    /// `1`
    Decline,
    /// `2`
    Error,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl ResponseCode {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Approve => 0,
            Self::Decline => 1,
            Self::Error => 2,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for ResponseCode {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::Approve,
            1 => Self::Decline,
            2 => Self::Error,
            other => Self::Unknown(other),
        }
    }
}

impl From<ResponseCode> for i64 {
    fn from(value: ResponseCode) -> Self {
        value.value()
    }
}

impl std::fmt::Display for ResponseCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for ResponseCode {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
