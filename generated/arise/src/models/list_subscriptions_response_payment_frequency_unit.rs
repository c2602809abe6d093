/// Payment frequency unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum ListSubscriptionsResponsePaymentFrequencyUnit {
    /// `1`
    Daily,
    /// `2`
    Weekly,
    /// `3`
    Monthly,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl ListSubscriptionsResponsePaymentFrequencyUnit {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Daily => 1,
            Self::Weekly => 2,
            Self::Monthly => 3,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for ListSubscriptionsResponsePaymentFrequencyUnit {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Daily,
            2 => Self::Weekly,
            3 => Self::Monthly,
            other => Self::Unknown(other),
        }
    }
}

impl From<ListSubscriptionsResponsePaymentFrequencyUnit> for i64 {
    fn from(value: ListSubscriptionsResponsePaymentFrequencyUnit) -> Self {
        value.value()
    }
}

impl std::fmt::Display for ListSubscriptionsResponsePaymentFrequencyUnit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for ListSubscriptionsResponsePaymentFrequencyUnit {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
