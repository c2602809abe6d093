/// An object with the properties `deviceId` and `deviceName`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct CreateDeviceRequest {
    /// Device Id
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "deviceId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub device_id: paygen_runtime::Nullable<String>,
    /// Device name
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "deviceName",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub device_name: paygen_runtime::Nullable<String>,
}

impl CreateDeviceRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            device_id: paygen_runtime::Nullable::Absent,
            device_name: paygen_runtime::Nullable::Absent,
        }
    }

    /// Property `deviceId`: Device Id
    pub fn device_id(mut self, value: impl Into<String>) -> Self {
        self.device_id = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `deviceId` as `null`.
    pub fn clear_device_id(mut self) -> Self {
        self.device_id = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `deviceName`: Device name
    pub fn device_name(mut self, value: impl Into<String>) -> Self {
        self.device_name = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `deviceName` as `null`.
    pub fn clear_device_name(mut self) -> Self {
        self.device_name = paygen_runtime::Nullable::Null;
        self
    }
}
