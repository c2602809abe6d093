/// Always `card.updated`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(from = "String", into = "String")]
#[non_exhaustive]
pub enum CardUpdatedWebhookType {
    /// `card.updated`
    CardUpdated,
    /// A value this version of the client does not know; kept as sent.
    Unknown(String),
}

impl CardUpdatedWebhookType {
    /// The value on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CardUpdated => "card.updated",
            Self::Unknown(value) => value,
        }
    }
}

impl From<String> for CardUpdatedWebhookType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "card.updated" => Self::CardUpdated,
            _ => Self::Unknown(value),
        }
    }
}

impl From<CardUpdatedWebhookType> for String {
    fn from(value: CardUpdatedWebhookType) -> Self {
        match value {
            CardUpdatedWebhookType::Unknown(value) => value,
            known => known.as_str().to_string(),
        }
    }
}

impl std::fmt::Display for CardUpdatedWebhookType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl paygen_runtime::ParamValue for CardUpdatedWebhookType {
    fn to_param(&self) -> String {
        self.as_str().to_string()
    }
}
