/// An object with the properties `items` and `total`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ListTerminalsResponse {
    /// A list of objects with the properties `id`, `merchantId`, `serialNumber`, `terminalManufacturer`, `terminalModel`, `deliveryStatusId`, `deliveryStatusName`, `createdOn` and 7 more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<super::GetTerminalsResponseDto>>,
    /// A 32-bit integer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i32>,
}
