/// Links from a card to related resources.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CardRelationships {
    /// A to-one relationship.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub brands: Option<super::RelationshipToOne>,
}
