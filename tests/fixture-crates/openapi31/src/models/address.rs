/// An object with the properties `line1` and `country`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Address {
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line1: Option<String>,
    /// Always `NL`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}
