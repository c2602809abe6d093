/// Links from a card to related resources.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CardRelationships {
    /// A to-one relationship.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brands: Option<super::RelationshipToOne>,
}
