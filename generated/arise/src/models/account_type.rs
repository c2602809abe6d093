/// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.AccountType).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum AccountType {
    /// `1`
    Checking,
    /// `2`
    Savings,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl AccountType {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Checking => 1,
            Self::Savings => 2,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for AccountType {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Checking,
            2 => Self::Savings,
            other => Self::Unknown(other),
        }
    }
}

impl From<AccountType> for i64 {
    fn from(value: AccountType) -> Self {
        value.value()
    }
}

impl std::fmt::Display for AccountType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for AccountType {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
