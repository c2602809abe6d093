/// An object with the properties `terminalId`, `timestamp`, `connectionStatusId`, `connectionStatus`, `connectionTypeId`, `connectionType`, `wifiConnectionStrength`, `mobileConnectionStrength` and 12 more.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetTerminalStatusResponse {
    /// Terminal Id
    #[serde(
        rename = "terminalId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub terminal_id: Option<paygen_runtime::Uuid>,
    /// When this status was recorded (ISO 8601, UTC or with offset).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<paygen_runtime::DateTime>,
    /// Aurora-defined integer enumeration (PosService.Contracts.Enums.TerminalConnectionStatus).
    #[serde(
        rename = "connectionStatusId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connection_status_id: Option<super::TerminalConnectionStatus>,
    /// Text.
    #[serde(
        rename = "connectionStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connection_status: Option<String>,
    /// Network link the terminal uses (Wi-Fi, mobile, Ethernet). Documented as non-nullable, but the vendor's own response samples send null.
    #[serde(
        rename = "connectionTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connection_type_id: Option<super::TerminalConnectionType>,
    /// Text.
    #[serde(
        rename = "connectionType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connection_type: Option<String>,
    /// Wifi Connection Strength 0-100
    #[serde(
        rename = "wifiConnectionStrength",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub wifi_connection_strength: Option<i32>,
    /// Mobile Connection Strength 0-100
    #[serde(
        rename = "mobileConnectionStrength",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mobile_connection_strength: Option<i32>,
    /// When the terminal was last online (ISO 8601, UTC or with offset).
    #[serde(
        rename = "lastSeenTimestamp",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_seen_timestamp: Option<paygen_runtime::DateTime>,
    /// Whether a debit PIN key is loaded on the terminal. Documented as non-nullable, but the vendor's own response samples send null.
    #[serde(
        rename = "debitPinKeyId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub debit_pin_key_id: Option<super::TerminalDebitPinKey>,
    /// Text.
    #[serde(
        rename = "debitPinKey",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub debit_pin_key: Option<String>,
    /// Whether the terminal is free to take a transaction. Documented as non-nullable, but the vendor's own response samples send null.
    #[serde(
        rename = "availabilityStatusId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub availability_status_id: Option<super::TerminalAvailabilityStatus>,
    /// Text.
    #[serde(
        rename = "availabilityStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub availability_status: Option<String>,
    /// ARISE Terminal version
    #[serde(
        rename = "ariseTerminalVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub arise_terminal_version: Option<String>,
    /// Battery Level 0-100
    #[serde(
        rename = "batteryLevel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub battery_level: Option<i32>,
    /// State of the terminal printer. Documented as non-nullable, but the vendor's own response samples send null.
    #[serde(
        rename = "printerStatusId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub printer_status_id: Option<super::TerminalPrinterStatus>,
    /// Text.
    #[serde(
        rename = "printerStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub printer_status: Option<String>,
    /// Software versions installed on the terminal. Documented as non-nullable, but the vendor's own response samples send null.
    #[serde(
        rename = "deviceSoftwareDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_software_details: Option<super::DeviceSoftwareDetailsDto>,
    /// Aurora-defined integer enumeration (PosService.Contracts.Enums.TerminalPosStatus).
    #[serde(
        rename = "terminalPosStatusId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub terminal_pos_status_id: Option<super::TerminalPosStatus>,
    /// Name of the terminal status: Active (1, online and free for a POS transaction), Busy (2, online but not free) or Offline (3, not subscribed to push notifications or no answer in time).
    #[serde(
        rename = "terminalPosStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub terminal_pos_status: Option<String>,
}
