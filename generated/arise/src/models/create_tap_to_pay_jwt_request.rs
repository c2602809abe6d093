/// An object with the property `deviceId`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct CreateTapToPayJwtRequest {
    /// Device Id
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "deviceId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub device_id: paygen_runtime::Nullable<String>,
}

impl CreateTapToPayJwtRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            device_id: paygen_runtime::Nullable::Absent,
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
}
