/// An object with the properties `items` and `total`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ListCategoriesResponse {
    /// A list of objects with the properties `name`, `id`, `defaultUnitTypeId` and `itemCount`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<super::GetCategoriesResponseDto>>,
    /// A 32-bit integer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i32>,
}
