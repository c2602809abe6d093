/// Attributes of a category.
#[derive(Clone, Debug, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CategoryAttributes {
    /// Display name of the category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Number of brands in the category.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_brands: Option<i32>,
}
