/// An object with the properties `name` and `defaultUnitTypeId`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
pub struct CreateCategoryRequest {
    /// Name of the category.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(default, skip_serializing_if = "paygen_runtime::Nullable::is_absent")]
    pub name: paygen_runtime::Nullable<String>,
    /// Unit type used by default for items of the category.
    ///
    /// Absent, `null` and a value mean different things here.
    #[serde(
        rename = "defaultUnitTypeId",
        default,
        skip_serializing_if = "paygen_runtime::Nullable::is_absent"
    )]
    pub default_unit_type_id: paygen_runtime::Nullable<i32>,
}

impl CreateCategoryRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            name: paygen_runtime::Nullable::Absent,
            default_unit_type_id: paygen_runtime::Nullable::Absent,
        }
    }

    /// Property `name`: Name of the category.
    pub fn name(mut self, value: impl Into<String>) -> Self {
        self.name = paygen_runtime::Nullable::Value(value.into());
        self
    }

    /// Sends `name` as `null`.
    pub fn clear_name(mut self) -> Self {
        self.name = paygen_runtime::Nullable::Null;
        self
    }

    /// Property `defaultUnitTypeId`: Unit type used by default for items of the category.
    pub fn default_unit_type_id(mut self, value: i32) -> Self {
        self.default_unit_type_id = paygen_runtime::Nullable::Value(value);
        self
    }

    /// Sends `defaultUnitTypeId` as `null`.
    pub fn clear_default_unit_type_id(mut self) -> Self {
        self.default_unit_type_id = paygen_runtime::Nullable::Null;
        self
    }
}
