/// The `TsysCardDetailsDto` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TsysCardDetailsDto {
    /// The `authCode` field.
    #[serde(rename = "authCode", default, skip_serializing_if = "Option::is_none")]
    pub auth_code: Option<String>,
    /// The `mid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mid: Option<String>,
    /// The `tid` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tid: Option<String>,
}
