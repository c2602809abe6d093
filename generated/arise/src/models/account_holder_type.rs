/// Aurora-defined integer enumeration (PaymentGateway.Contracts.Enums.AccountHolderType).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum AccountHolderType {
    /// `1`
    Business,
    /// `2`
    Personal,
    /// A value this version of the client does not know; kept as sent.
    Unknown(i64),
}

impl AccountHolderType {
    /// The value on the wire.
    pub fn value(self) -> i64 {
        match self {
            Self::Business => 1,
            Self::Personal => 2,
            Self::Unknown(value) => value,
        }
    }
}

impl From<i64> for AccountHolderType {
    fn from(value: i64) -> Self {
        match value {
            1 => Self::Business,
            2 => Self::Personal,
            other => Self::Unknown(other),
        }
    }
}

impl From<AccountHolderType> for i64 {
    fn from(value: AccountHolderType) -> Self {
        value.value()
    }
}

impl std::fmt::Display for AccountHolderType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.value())
    }
}

impl paygen_runtime::ParamValue for AccountHolderType {
    fn to_param(&self) -> String {
        self.value().to_string()
    }
}
