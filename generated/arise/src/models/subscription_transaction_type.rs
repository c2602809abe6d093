/// Aurora-defined integer enumeration (SubscriptionsService.Contracts.Enums.TransactionType).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum SubscriptionTransactionType {
    /// `1`
    Authorization,
    /// `2`
    Sale,
    /// `11`
    AchDebit,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl SubscriptionTransactionType {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Authorization => 1,
            Self::Sale => 2,
            Self::AchDebit => 11,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for SubscriptionTransactionType {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Authorization,
            2 => Self::Sale,
            11 => Self::AchDebit,
            other => Self::Unknown(other),
        }
    }
}

impl From<SubscriptionTransactionType> for i64 {
    fn from(value: SubscriptionTransactionType) -> Self {
        value.value()
    }
}

impl std::fmt::Display for SubscriptionTransactionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for SubscriptionTransactionType {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
