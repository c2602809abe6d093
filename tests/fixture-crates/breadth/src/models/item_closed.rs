/// An object with the property `a`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ItemClosed {
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a: Option<String>,
}
