/// An object with the properties `isEnabled`, `profileId` and `profile`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct AvsOptions {
    /// Whether address verification (AVS) is on.
    #[serde(rename = "isEnabled", default, skip_serializing_if = "Option::is_none")]
    pub is_enabled: Option<bool>,
    /// Id of the AVS profile in use.
    #[serde(rename = "profileId", default, skip_serializing_if = "Option::is_none")]
    pub profile_id: Option<i32>,
    /// Name of the AVS profile in use.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
}
