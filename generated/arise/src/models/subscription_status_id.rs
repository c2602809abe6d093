/// Subscription status identifier.
///
/// **Inferred:** The documentation repeats this enumeration inline on every subscription response without naming it; one named schema gives it one Rust type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum SubscriptionStatusId {
    /// `1`
    Active,
    /// `2`
    Completed,
    /// `3`
    Suspended,
    /// `4`
    Delinquent,
    /// `5`
    Terminated,
    /// `6`
    Deleted,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl SubscriptionStatusId {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Active => 1,
            Self::Completed => 2,
            Self::Suspended => 3,
            Self::Delinquent => 4,
            Self::Terminated => 5,
            Self::Deleted => 6,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for SubscriptionStatusId {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Active,
            2 => Self::Completed,
            3 => Self::Suspended,
            4 => Self::Delinquent,
            5 => Self::Terminated,
            6 => Self::Deleted,
            other => Self::Unknown(other),
        }
    }
}

impl From<SubscriptionStatusId> for i64 {
    fn from(value: SubscriptionStatusId) -> Self {
        value.value()
    }
}

impl std::fmt::Display for SubscriptionStatusId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for SubscriptionStatusId {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
