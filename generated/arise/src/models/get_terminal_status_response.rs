/// The `GetTerminalStatusResponse` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GetTerminalStatusResponse {
    /// Terminal Id
    #[serde(
        rename = "terminalId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub terminal_id: Option<paygen_runtime::Uuid>,
    /// Date-time (in an ISO 8601 date-time UTC or time zone offset format) of the terminal's status log.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timestamp: Option<paygen_runtime::DateTime>,
    /// Aurora-defined integer enumeration (PosService.Contracts.Enums.TerminalConnectionStatus).
    #[serde(
        rename = "connectionStatusId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connection_status_id: Option<super::TerminalConnectionStatus>,
    /// The `connectionStatus` field.
    #[serde(
        rename = "connectionStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connection_status: Option<String>,
    /// Aurora-defined integer enumeration (PosService.Contracts.Enums.TerminalConnectionType).
    #[serde(
        rename = "connectionTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connection_type_id: Option<super::TerminalConnectionType>,
    /// The `connectionType` field.
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
    /// Date-time (in an ISO 8601 date-time UTC or time zone offset format) of the terminal's online status.
    #[serde(
        rename = "lastSeenTimestamp",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_seen_timestamp: Option<paygen_runtime::DateTime>,
    /// Aurora-defined integer enumeration (PosService.Contracts.Enums.TerminalDebitPinKey).
    #[serde(
        rename = "debitPinKeyId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub debit_pin_key_id: Option<super::TerminalDebitPinKey>,
    /// The `debitPinKey` field.
    #[serde(
        rename = "debitPinKey",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub debit_pin_key: Option<String>,
    /// Aurora-defined integer enumeration (PosService.Contracts.Enums.TerminalAvailabilityStatus).
    #[serde(
        rename = "availabilityStatusId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub availability_status_id: Option<super::TerminalAvailabilityStatus>,
    /// The `availabilityStatus` field.
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
    /// Aurora-defined integer enumeration (PosService.Contracts.Enums.TerminalPrinterStatus).
    #[serde(
        rename = "printerStatusId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub printer_status_id: Option<super::TerminalPrinterStatus>,
    /// The `printerStatus` field.
    #[serde(
        rename = "printerStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub printer_status: Option<String>,
    /// The `deviceSoftwareDetails` field.
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
    /// Terminal Status name. Active = 1 - terminal is online and ready to accept the POS transaction Busy = 2 - terminal is online, but cannot accept the POS transaction Offline = 3 - terminal is not subscribed for push notifications, or didn't respond before timeout issued
    #[serde(
        rename = "terminalPosStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub terminal_pos_status: Option<String>,
}
