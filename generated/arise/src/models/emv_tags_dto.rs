/// An object with the properties `ac`, `tvr`, `tsi`, `aid`, `applicationLabel` and `rawTags`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct EmvTagsDto {
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ac: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tvr: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tsi: Option<String>,
    /// Text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aid: Option<String>,
    /// Text.
    #[serde(
        rename = "applicationLabel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub application_label: Option<String>,
    /// A list of objects with the properties `key` and `value`.
    #[serde(rename = "rawTags", default, skip_serializing_if = "Option::is_none")]
    pub raw_tags: Option<Vec<super::KeyValuePair>>,
}
