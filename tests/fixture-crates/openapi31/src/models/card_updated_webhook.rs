/// An object with the properties `type`, `card` and `previous`. Required: `type` and `card`.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CardUpdatedWebhook {
    /// Always `card.updated`.
    #[serde(rename = "type")]
    pub type_: String,
    /// An object with the properties `id`, `status`, `brand`, `nickname`, `limit`, `billing`, `reference`, `point` and 3 more. Required: `id`, `status` and `brand`.
    pub card: super::Card,
    /// The card before the change, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<super::Card>,
}
