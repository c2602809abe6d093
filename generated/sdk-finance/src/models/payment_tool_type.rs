/// Kind of transfer endpoint.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum PaymentToolType {
    /// `COIN`
    Coin,
    /// `SMART_CARD`
    SmartCard,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl PaymentToolType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Coin => "COIN",
            Self::SmartCard => "SMART_CARD",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for PaymentToolType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "COIN" => Self::Coin,
            "SMART_CARD" => Self::SmartCard,
            _ => Self::Unknown(value),
        }
    }
}

impl From<PaymentToolType> for String {
    fn from(value: PaymentToolType) -> Self {
        match value {
            PaymentToolType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for PaymentToolType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for PaymentToolType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
