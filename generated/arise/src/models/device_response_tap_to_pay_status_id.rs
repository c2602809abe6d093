/// Tap to pay status identifier.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum DeviceResponseTapToPayStatusId {
    /// `0`
    Inactive,
    /// `1`
    Requested,
    /// `2`
    Approved,
    /// `3`
    Active,
    /// `4`
    Denied,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl DeviceResponseTapToPayStatusId {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Inactive => 0,
            Self::Requested => 1,
            Self::Approved => 2,
            Self::Active => 3,
            Self::Denied => 4,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for DeviceResponseTapToPayStatusId {
    fn from(value: i64) -> Self {
        match value {
            0 => Self::Inactive,
            1 => Self::Requested,
            2 => Self::Approved,
            3 => Self::Active,
            4 => Self::Denied,
            other => Self::Unknown(other),
        }
    }
}

impl From<DeviceResponseTapToPayStatusId> for i64 {
    fn from(value: DeviceResponseTapToPayStatusId) -> Self {
        value.value()
    }
}

impl std::fmt::Display for DeviceResponseTapToPayStatusId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for DeviceResponseTapToPayStatusId {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
