/// Role of a user within an organisation.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum Role {
    /// `accountant`
    Accountant,
    /// `administrator`
    Administrator,
    /// `antifraud_specialist`
    AntifraudSpecialist,
    /// `cashier`
    Cashier,
    /// `cfo`
    Cfo,
    /// `compliance_manager`
    ComplianceManager,
    /// `compliance_specialist`
    ComplianceSpecialist,
    /// `customer_support`
    CustomerSupport,
    /// `individual`
    Individual,
    /// `merchant`
    Merchant,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl Role {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accountant => "accountant",
            Self::Administrator => "administrator",
            Self::AntifraudSpecialist => "antifraud_specialist",
            Self::Cashier => "cashier",
            Self::Cfo => "cfo",
            Self::ComplianceManager => "compliance_manager",
            Self::ComplianceSpecialist => "compliance_specialist",
            Self::CustomerSupport => "customer_support",
            Self::Individual => "individual",
            Self::Merchant => "merchant",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for Role {
    fn from(value: String) -> Self {
        match value.as_str() {
            "accountant" => Self::Accountant,
            "administrator" => Self::Administrator,
            "antifraud_specialist" => Self::AntifraudSpecialist,
            "cashier" => Self::Cashier,
            "cfo" => Self::Cfo,
            "compliance_manager" => Self::ComplianceManager,
            "compliance_specialist" => Self::ComplianceSpecialist,
            "customer_support" => Self::CustomerSupport,
            "individual" => Self::Individual,
            "merchant" => Self::Merchant,
            _ => Self::Unknown(value),
        }
    }
}

impl From<Role> for String {
    fn from(value: Role) -> Self {
        match value {
            Role::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for Role {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
