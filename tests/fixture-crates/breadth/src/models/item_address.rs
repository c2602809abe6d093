/// `format` on an object is documentation.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ItemAddress {
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line1: Option<String>,
}
