/// An object with the property `devices`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ListDevicesResponse {
    /// Devices of the merchant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<super::DeviceResponse>>,
}
