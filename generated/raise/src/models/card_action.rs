/// Action to perform on a card.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum CardAction {
    /// `BALANCE_CHECK`
    BalanceCheck,
    /// `MARK_AS_REDEEMED`
    MarkAsRedeemed,
    /// `UPDATE_BALANCE`
    UpdateBalance,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl CardAction {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::BalanceCheck => "BALANCE_CHECK",
            Self::MarkAsRedeemed => "MARK_AS_REDEEMED",
            Self::UpdateBalance => "UPDATE_BALANCE",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for CardAction {
    fn from(value: String) -> Self {
        match value.as_str() {
            "BALANCE_CHECK" => Self::BalanceCheck,
            "MARK_AS_REDEEMED" => Self::MarkAsRedeemed,
            "UPDATE_BALANCE" => Self::UpdateBalance,
            _ => Self::Unknown(value),
        }
    }
}

impl From<CardAction> for String {
    fn from(value: CardAction) -> Self {
        match value {
            CardAction::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for CardAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for CardAction {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
