/// An object with the properties `name`, `id`, `defaultUnitTypeId` and `itemCount`.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct GetCategoriesResponseDto {
    /// Name of the category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Identifier of the category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<paygen_runtime::Uuid>,
    /// Unit type used by default for items of the category, if set.
    #[serde(
        rename = "defaultUnitTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_unit_type_id: Option<i32>,
    /// How many items the category holds.
    #[serde(rename = "itemCount", default, skip_serializing_if = "Option::is_none")]
    pub item_count: Option<i32>,
}
