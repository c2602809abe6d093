/// The `CardUpdatedWebhook` schema.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CardUpdatedWebhook {
    /// The `type` field.
    #[serde(rename = "type")]
    pub type_: super::CardUpdatedWebhookType,
    /// The `card` field.
    pub card: super::Card,
    /// The card before the change, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<super::Card>,
}
