/// Order status. A PENDING order stays payable for 30 minutes (product guide).
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum OrderStatus {
    /// `PENDING`
    Pending,
    /// `OVERDUE`
    Overdue,
    /// `SUCCESS`
    Success,
    /// `RESOLVED`
    Resolved,
    /// `PARTIAL`
    Partial,
    /// `TERMINATED`
    Terminated,
    /// `REFUNDED`
    Refunded,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl OrderStatus {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "PENDING",
            Self::Overdue => "OVERDUE",
            Self::Success => "SUCCESS",
            Self::Resolved => "RESOLVED",
            Self::Partial => "PARTIAL",
            Self::Terminated => "TERMINATED",
            Self::Refunded => "REFUNDED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for OrderStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "PENDING" => Self::Pending,
            "OVERDUE" => Self::Overdue,
            "SUCCESS" => Self::Success,
            "RESOLVED" => Self::Resolved,
            "PARTIAL" => Self::Partial,
            "TERMINATED" => Self::Terminated,
            "REFUNDED" => Self::Refunded,
            _ => Self::Unknown(value),
        }
    }
}

impl From<OrderStatus> for String {
    fn from(value: OrderStatus) -> Self {
        match value {
            OrderStatus::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for OrderStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for OrderStatus {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
