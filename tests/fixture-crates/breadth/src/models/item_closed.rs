/// The `ItemClosed` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ItemClosed {
    /// The `a` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a: Option<String>,
}
