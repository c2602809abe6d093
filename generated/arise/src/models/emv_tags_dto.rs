/// The `EmvTagsDto` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct EmvTagsDto {
    /// The `ac` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ac: Option<String>,
    /// The `tvr` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tvr: Option<String>,
    /// The `tsi` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tsi: Option<String>,
    /// The `aid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aid: Option<String>,
    /// The `applicationLabel` field.
    #[serde(
        rename = "applicationLabel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub application_label: Option<String>,
    /// The `rawTags` field.
    #[serde(rename = "rawTags", default, skip_serializing_if = "Option::is_none")]
    pub raw_tags: Option<Vec<super::KeyValuePair>>,
}
