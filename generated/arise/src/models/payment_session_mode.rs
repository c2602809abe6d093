/// Intent of a payment session: 1 a standard payment (default), 2 a vault-only session that saves a payment method, 3 a payment that also saves the method.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum PaymentSessionMode {
    /// `1`
    Payment,
    /// `2`
    SaveMethod,
    /// `3`
    PaymentAndSave,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl PaymentSessionMode {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Payment => 1,
            Self::SaveMethod => 2,
            Self::PaymentAndSave => 3,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for PaymentSessionMode {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Payment,
            2 => Self::SaveMethod,
            3 => Self::PaymentAndSave,
            other => Self::Unknown(other),
        }
    }
}

impl From<PaymentSessionMode> for i64 {
    fn from(value: PaymentSessionMode) -> Self {
        value.value()
    }
}

impl std::fmt::Display for PaymentSessionMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for PaymentSessionMode {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
