/// Aurora-defined integer enumeration (PaymentIntegrations.Contracts.Enums.InvoiceStatus).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum InvoiceStatus {
    /// `1`
    Draft,
    /// `2`
    Published,
    /// `3`
    Paid,
    /// `4`
    Expired,
    /// `5`
    Canceled,
    /// `6`
    ProcessingPayment,
    /// `7`
    Refunded,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl InvoiceStatus {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Draft => 1,
            Self::Published => 2,
            Self::Paid => 3,
            Self::Expired => 4,
            Self::Canceled => 5,
            Self::ProcessingPayment => 6,
            Self::Refunded => 7,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for InvoiceStatus {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Draft,
            2 => Self::Published,
            3 => Self::Paid,
            4 => Self::Expired,
            5 => Self::Canceled,
            6 => Self::ProcessingPayment,
            7 => Self::Refunded,
            other => Self::Unknown(other),
        }
    }
}

impl From<InvoiceStatus> for i64 {
    fn from(value: InvoiceStatus) -> Self {
        value.value()
    }
}

impl std::fmt::Display for InvoiceStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for InvoiceStatus {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
