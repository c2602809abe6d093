/// List of categories.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct CategoryListDocument {
    /// The categories.
    pub data: Vec<super::Category>,
    /// Metadata of a list document.
    pub meta: super::ListMeta,
}
