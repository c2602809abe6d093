/// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.CreditDebitType). 0 is not a documented value, but the vendor's response samples send it, so it is accepted (as Unspecified).
///
/// **Inferred:** 0 and its name Unspecified are not documented; added because the vendor's own response samples contain 0
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum CreditDebitType {
    /// `0`
    Unspecified,
    /// `1`
    Credit,
    /// `2`
    Debit,
    /// `3`
    UnknownValue,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl CreditDebitType {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Unspecified => 0,
            Self::Credit => 1,
            Self::Debit => 2,
            Self::UnknownValue => 3,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for CreditDebitType {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::Unspecified,
            1 => Self::Credit,
            2 => Self::Debit,
            3 => Self::UnknownValue,
            other => Self::Unknown(other),
        }
    }
}

impl From<CreditDebitType> for i64 {
    fn from(value: CreditDebitType) -> Self {
        value.value()
    }
}

impl std::fmt::Display for CreditDebitType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for CreditDebitType {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
