/// An object with the properties `items` and `total`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ListLineItemsResponse {
    /// A list of objects with the properties `id`, `unitType`, `unitTypeId`, `productName`, `description`, `sku`, `unitPrice`, `categoryId` and 2 more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<super::GetLineItemsResponseDto>>,
    /// A 32-bit integer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i32>,
}
