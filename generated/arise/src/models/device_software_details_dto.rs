/// An object with the properties `operatingSystem`, `androidBaseServiceVersion`, `sunmiTrustedManagementVersion`, `sunmiCloudConnectionVersion`, `sunmiPayHardwareServiceVersion`, `posStewardAppVersion`, `remoteAssistanceAppVersion`, `sunmiFutureXAppVersion` and 1 more.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct DeviceSoftwareDetailsDto {
    /// Operating System
    #[serde(
        rename = "operatingSystem",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub operating_system: Option<String>,
    /// Android Base Service Version
    #[serde(
        rename = "androidBaseServiceVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub android_base_service_version: Option<String>,
    /// Sunmi Trusted Management Version
    #[serde(
        rename = "sunmiTrustedManagementVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sunmi_trusted_management_version: Option<String>,
    /// Sunmi Cloud Connection Version
    #[serde(
        rename = "sunmiCloudConnectionVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sunmi_cloud_connection_version: Option<String>,
    /// Sunmi Pay Hardware Service Version
    #[serde(
        rename = "sunmiPayHardwareServiceVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sunmi_pay_hardware_service_version: Option<String>,
    /// POS Steward app version
    #[serde(
        rename = "posStewardAppVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pos_steward_app_version: Option<String>,
    /// Remote Assistance app version
    #[serde(
        rename = "remoteAssistanceAppVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remote_assistance_app_version: Option<String>,
    /// SUNMI FutureX app version
    #[serde(
        rename = "sunmiFutureXAppVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sunmi_future_x_app_version: Option<String>,
    /// Sunmi ROM Version
    #[serde(
        rename = "sunmiRomVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sunmi_rom_version: Option<String>,
}
