/// A subtype found by its allOf; its tag is its schema name.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Dog {
    /// The `pet_type` field.
    pub pet_type: String,
    /// The `name` field.
    pub name: String,
    /// The `barks` field.
    pub barks: bool,
}
