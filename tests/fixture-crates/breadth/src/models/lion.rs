/// A subtype of a subtype, found through the hierarchy.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Lion {
    /// Text.
    pub pet_type: String,
    /// Text.
    pub name: String,
    /// `true` or `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indoor: Option<bool>,
    /// `true` or `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roar: Option<bool>,
}
