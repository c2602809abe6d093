/// Paged list of brands.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct BrandListDocument {
    /// Brands on this page.
    pub data: Vec<super::Brand>,
    /// Metadata of a list document.
    pub meta: super::ListMeta,
}
