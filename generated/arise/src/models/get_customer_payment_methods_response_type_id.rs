/// Type identifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum GetCustomerPaymentMethodsResponseTypeId {
    /// `1`
    Card,
    /// `2`
    ElectronicCheck,
    /// `3`
    Cash,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl GetCustomerPaymentMethodsResponseTypeId {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Card => 1,
            Self::ElectronicCheck => 2,
            Self::Cash => 3,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for GetCustomerPaymentMethodsResponseTypeId {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Card,
            2 => Self::ElectronicCheck,
            3 => Self::Cash,
            other => Self::Unknown(other),
        }
    }
}

impl From<GetCustomerPaymentMethodsResponseTypeId> for i64 {
    fn from(value: GetCustomerPaymentMethodsResponseTypeId) -> Self {
        value.value()
    }
}

impl std::fmt::Display for GetCustomerPaymentMethodsResponseTypeId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for GetCustomerPaymentMethodsResponseTypeId {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
