/// Single-resource document wrapping a card.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CardDocument {
    /// A `cards` resource: one purchased gift card.
    pub data: super::Card,
}
