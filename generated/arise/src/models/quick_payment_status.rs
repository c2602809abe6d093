/// Aurora-defined integer enumeration (PaymentIntegrations.Contracts.Enums.QuickPaymentStatus). 0 is not a documented value, but the vendor's response samples send it, so it is accepted (as Unspecified).
///
/// **Inferred:** 0 and its name Unspecified are not documented; added because the vendor's own response samples contain 0
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum QuickPaymentStatus {
    /// `0`
    Unspecified,
    /// `1`
    Active,
    /// `2`
    Inactive,
    /// `3`
    Expired,
    /// `4`
    Completed,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl QuickPaymentStatus {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Unspecified => 0,
            Self::Active => 1,
            Self::Inactive => 2,
            Self::Expired => 3,
            Self::Completed => 4,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for QuickPaymentStatus {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::Unspecified,
            1 => Self::Active,
            2 => Self::Inactive,
            3 => Self::Expired,
            4 => Self::Completed,
            other => Self::Unknown(other),
        }
    }
}

impl From<QuickPaymentStatus> for i64 {
    fn from(value: QuickPaymentStatus) -> Self {
        value.value()
    }
}

impl std::fmt::Display for QuickPaymentStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for QuickPaymentStatus {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
