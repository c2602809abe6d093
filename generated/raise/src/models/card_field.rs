/// One displayable card datum (number, security code or link). Any of the three values may be missing: the document's link examples carry only `label` and `raw`, or only `raw`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CardField {
    /// Caption to show next to the value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Value formatted for display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Unformatted value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw: Option<String>,
}
