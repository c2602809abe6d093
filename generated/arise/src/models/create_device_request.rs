/// The `CreateDeviceRequest` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateDeviceRequest {
    /// Device Id
    #[serde(rename = "deviceId", default, skip_serializing_if = "Option::is_none")]
    pub device_id: Option<String>,
    /// Device name
    #[serde(
        rename = "deviceName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_name: Option<String>,
}
impl CreateDeviceRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            device_id: None,
            device_name: None,
        }
    }
    /// Sets `deviceId`.
    pub fn with_device_id(mut self, value: impl Into<String>) -> Self {
        self.device_id = Some(value.into());
        self
    }
    /// Sets `deviceName`.
    pub fn with_device_name(mut self, value: impl Into<String>) -> Self {
        self.device_name = Some(value.into());
        self
    }
}
