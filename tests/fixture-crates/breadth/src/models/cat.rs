/// A subtype named in the mapping; it repeats the discriminator and stays a struct.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Cat {
    /// The `pet_type` field.
    pub pet_type: String,
    /// The `name` field.
    pub name: String,
    /// The `indoor` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indoor: Option<bool>,
}
