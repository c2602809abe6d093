/// A to-one relationship.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct RelationshipToOne {
    /// Reference to another resource, resolved through `included`.
    pub data: super::ResourceIdentifier,
}
