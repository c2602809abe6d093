/// The `ItemClosed` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ItemClosed {
    /// The `a` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a: Option<String>,
}
