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
impl CreateCategoryRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            name: None,
            default_unit_type_id: None,
        }
    }
    /// Sets `name`.
    pub fn with_name(mut self, value: impl Into<String>) -> Self {
        self.name = Some(value.into());
        self
    }
    /// Sets `defaultUnitTypeId`.
    pub fn with_default_unit_type_id(mut self, value: i32) -> Self {
        self.default_unit_type_id = Some(value);
        self
    }
}
