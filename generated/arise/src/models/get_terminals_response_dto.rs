/// An object with the properties `id`, `merchantId`, `serialNumber`, `terminalManufacturer`, `terminalModel`, `deliveryStatusId`, `deliveryStatusName`, `createdOn` and 7 more.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetTerminalsResponseDto {
    /// A UUID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// A UUID.
    #[serde(
        rename = "merchantId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_id: Option<paygen_runtime::Uuid>,
    /// Text.
    #[serde(
        rename = "serialNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub serial_number: Option<String>,
    /// Text.
    #[serde(
        rename = "terminalManufacturer",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub terminal_manufacturer: Option<String>,
    /// Text.
    #[serde(
        rename = "terminalModel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub terminal_model: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "deliveryStatusId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delivery_status_id: Option<i32>,
    /// Text.
    #[serde(
        rename = "deliveryStatusName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delivery_status_name: Option<String>,
    /// When the terminal was added (ISO 8601, UTC or with offset).
    #[serde(rename = "createdOn", default, skip_serializing_if = "Option::is_none")]
    pub created_on: Option<paygen_runtime::DateTime>,
    /// A date and time (RFC 3339).
    #[serde(
        rename = "modifiedOn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub modified_on: Option<paygen_runtime::DateTime>,
    /// Text.
    #[serde(
        rename = "merchantCompanyName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_company_name: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "terminalModeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub terminal_mode_id: Option<i32>,
    /// Text.
    #[serde(
        rename = "terminalModeName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub terminal_mode_name: Option<String>,
    /// A 32-bit integer.
    #[serde(
        rename = "connectionStatusId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connection_status_id: Option<i32>,
    /// Text.
    #[serde(
        rename = "connectionStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connection_status: Option<String>,
    /// When the terminal was last seen (ISO 8601, UTC or with offset).
    #[serde(
        rename = "lastSeenTimestamp",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_seen_timestamp: Option<paygen_runtime::DateTime>,
}
