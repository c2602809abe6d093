/// The `GetTerminalsResponseDto` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetTerminalsResponseDto {
    /// The `id` field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// The `merchantId` field.
    #[serde(
        rename = "merchantId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_id: Option<paygen_runtime::Uuid>,
    /// The `serialNumber` field.
    #[serde(
        rename = "serialNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub serial_number: Option<String>,
    /// The `terminalManufacturer` field.
    #[serde(
        rename = "terminalManufacturer",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub terminal_manufacturer: Option<String>,
    /// The `terminalModel` field.
    #[serde(
        rename = "terminalModel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub terminal_model: Option<String>,
    /// The `deliveryStatusId` field.
    #[serde(
        rename = "deliveryStatusId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delivery_status_id: Option<i32>,
    /// The `deliveryStatusName` field.
    #[serde(
        rename = "deliveryStatusName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delivery_status_name: Option<String>,
    /// When the terminal was added (ISO 8601, UTC or with offset).
    #[serde(rename = "createdOn", default, skip_serializing_if = "Option::is_none")]
    pub created_on: Option<paygen_runtime::DateTime>,
    /// The `modifiedOn` field.
    #[serde(
        rename = "modifiedOn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub modified_on: Option<paygen_runtime::DateTime>,
    /// The `merchantCompanyName` field.
    #[serde(
        rename = "merchantCompanyName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub merchant_company_name: Option<String>,
    /// The `terminalModeId` field.
    #[serde(
        rename = "terminalModeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub terminal_mode_id: Option<i32>,
    /// The `terminalModeName` field.
    #[serde(
        rename = "terminalModeName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub terminal_mode_name: Option<String>,
    /// The `connectionStatusId` field.
    #[serde(
        rename = "connectionStatusId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connection_status_id: Option<i32>,
    /// The `connectionStatus` field.
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
