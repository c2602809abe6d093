/// A `cards` resource: one purchased gift card.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct Card {
    /// Resource type; always `cards`.
    #[serde(rename = "type")]
    pub type_: String,
    /// Card identifier. Documented only as a string (the examples are UUIDs), so no UUID format is assumed.
    pub id: String,
    /// Details of a gift card: codes to redeem it, balance, commission and escrow figures.
    pub attributes: super::CardAttributes,
    /// Links from a card to related resources.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relationships: Option<super::CardRelationships>,
}
