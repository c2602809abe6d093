/// Aurora-defined integer enumeration (PosService.Contracts.TransactionType).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum PosTransactionType {
    /// `1`
    Authorization,
    /// `2`
    Sale,
    /// `3`
    Capture,
    /// `4`
    Void,
    /// `5`
    Refund,
    /// `6`
    CardAuthentication,
    /// `7`
    RefundWoRef,
    /// `8`
    TipAdjustment,
    /// `10`
    Settle,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl PosTransactionType {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Authorization => 1,
            Self::Sale => 2,
            Self::Capture => 3,
            Self::Void => 4,
            Self::Refund => 5,
            Self::CardAuthentication => 6,
            Self::RefundWoRef => 7,
            Self::TipAdjustment => 8,
            Self::Settle => 10,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for PosTransactionType {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Authorization,
            2 => Self::Sale,
            3 => Self::Capture,
            4 => Self::Void,
            5 => Self::Refund,
            6 => Self::CardAuthentication,
            7 => Self::RefundWoRef,
            8 => Self::TipAdjustment,
            10 => Self::Settle,
            other => Self::Unknown(other),
        }
    }
}

impl From<PosTransactionType> for i64 {
    fn from(value: PosTransactionType) -> Self {
        value.value()
    }
}

impl std::fmt::Display for PosTransactionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for PosTransactionType {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
