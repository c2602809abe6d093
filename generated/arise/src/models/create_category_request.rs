/// The `CreateCategoryRequest` schema.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateCategoryRequest {
    /// Name of the category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Default unit type identifier for the category.
    #[serde(
        rename = "defaultUnitTypeId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_unit_type_id: Option<i32>,
}
