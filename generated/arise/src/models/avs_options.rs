/// The `AvsOptions` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AvsOptions {
    /// AVS (address verification service) is enabled.
    #[serde(rename = "isEnabled", default, skip_serializing_if = "Option::is_none")]
    pub is_enabled: Option<bool>,
    /// Profile type identifier of the the AVS (address verification service) configuration.
    #[serde(rename = "profileId", default, skip_serializing_if = "Option::is_none")]
    pub profile_id: Option<i32>,
    /// Profile type of the the AVS (address verification service) configuration.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
}
