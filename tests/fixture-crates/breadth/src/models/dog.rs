/// A subtype found by its allOf; its tag is its schema name.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Dog {
    /// Text.
    pub pet_type: String,
    /// Text.
    pub name: String,
    /// `true` or `false`.
    pub barks: bool,
}
