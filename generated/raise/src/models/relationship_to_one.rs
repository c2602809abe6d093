/// A to-one relationship.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RelationshipToOne {
    /// Reference to another resource, resolved through `included`.
    pub data: super::ResourceIdentifier,
}
