/// A subtype of a subtype, found through the hierarchy.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Lion {
    /// The `pet_type` field.
    pub pet_type: String,
    /// The `name` field.
    pub name: String,
    /// The `indoor` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indoor: Option<bool>,
    /// The `roar` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roar: Option<bool>,
}
