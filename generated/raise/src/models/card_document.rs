/// Single-resource document wrapping a card.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CardDocument {
    /// A `cards` resource: one purchased gift card.
    pub data: super::Card,
}
