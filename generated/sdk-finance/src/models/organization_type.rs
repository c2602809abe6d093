/// Kind of organisation.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum OrganizationType {
    /// `cash_desk`
    CashDesk,
    /// `individual`
    Individual,
    /// `merchant`
    Merchant,
    /// `support`
    Support,
    /// `system`
    System,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl OrganizationType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CashDesk => "cash_desk",
            Self::Individual => "individual",
            Self::Merchant => "merchant",
            Self::Support => "support",
            Self::System => "system",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for OrganizationType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "cash_desk" => Self::CashDesk,
            "individual" => Self::Individual,
            "merchant" => Self::Merchant,
            "support" => Self::Support,
            "system" => Self::System,
            _ => Self::Unknown(value),
        }
    }
}

impl From<OrganizationType> for String {
    fn from(value: OrganizationType) -> Self {
        match value {
            OrganizationType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for OrganizationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for OrganizationType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
