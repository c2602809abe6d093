/// Lifecycle state of a card.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum CardState {
    /// `ACTIVE`
    Active,
    /// `REDEEMED`
    Redeemed,
    /// `EXPIRED`
    Expired,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl CardState {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "ACTIVE",
            Self::Redeemed => "REDEEMED",
            Self::Expired => "EXPIRED",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for CardState {
    fn from(value: String) -> Self {
        match value.as_str() {
            "ACTIVE" => Self::Active,
            "REDEEMED" => Self::Redeemed,
            "EXPIRED" => Self::Expired,
            _ => Self::Unknown(value),
        }
    }
}

impl From<CardState> for String {
    fn from(value: CardState) -> Self {
        match value {
            CardState::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for CardState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for CardState {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
