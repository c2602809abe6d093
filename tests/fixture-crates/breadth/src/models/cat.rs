/// A subtype named in the mapping; it repeats the discriminator and stays a struct.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Cat {
    /// Text.
    pub pet_type: String,
    /// Text.
    pub name: String,
    /// `true` or `false`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indoor: Option<bool>,
}
