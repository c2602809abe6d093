/// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.ZeroCostProcessingOption).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum ZeroCostProcessingOption {
    /// `1`
    None,
    /// `2`
    CashDiscount,
    /// `3`
    DualPricing,
    /// `4`
    Surcharge,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl ZeroCostProcessingOption {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::None => 1,
            Self::CashDiscount => 2,
            Self::DualPricing => 3,
            Self::Surcharge => 4,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for ZeroCostProcessingOption {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::None,
            2 => Self::CashDiscount,
            3 => Self::DualPricing,
            4 => Self::Surcharge,
            other => Self::Unknown(other),
        }
    }
}

impl From<ZeroCostProcessingOption> for i64 {
    fn from(value: ZeroCostProcessingOption) -> Self {
        value.value()
    }
}

impl std::fmt::Display for ZeroCostProcessingOption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for ZeroCostProcessingOption {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
