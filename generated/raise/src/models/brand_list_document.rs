/// Paged list of brands.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BrandListDocument {
    /// Brands on this page.
    pub data: Vec<super::Brand>,
    /// Metadata of a list document.
    pub meta: super::ListMeta,
}
