/// List of categories.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CategoryListDocument {
    /// The categories.
    pub data: Vec<super::Category>,
    /// Metadata of a list document.
    pub meta: super::ListMeta,
}
