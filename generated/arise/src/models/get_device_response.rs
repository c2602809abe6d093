/// An object with the properties `deviceId`, `deviceName`, `lastLoginAt`, `apiKeyName`, `tapToPayStatus`, `tapToPayStatusId`, `tapToPayEnabled` and `userProfiles`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetDeviceResponse {
    /// Device identifier.
    #[serde(rename = "deviceId", default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<paygen_runtime::Uuid>,
    /// Device name.
    #[serde(
        rename = "deviceName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_name: Option<String>,
    /// Time of the last login (ISO 8601, UTC).
    #[serde(
        rename = "lastLoginAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_login_at: Option<paygen_runtime::DateTime>,
    /// API key name being used.
    #[serde(
        rename = "apiKeyName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub api_key_name: Option<String>,
    /// Tap to pay status.
    #[serde(
        rename = "tapToPayStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tap_to_pay_status: Option<String>,
    /// Tap to pay status identifier.
    #[serde(
        rename = "tapToPayStatusId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tap_to_pay_status_id: Option<super::DeviceResponseTapToPayStatusId>,
    /// Whether Tap to Pay is on for the device.
    #[serde(
        rename = "tapToPayEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tap_to_pay_enabled: Option<bool>,
    /// Profiles associated with this device
    #[serde(
        rename = "userProfiles",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub user_profiles: Option<Vec<super::DeviceUserResponse>>,
}
