/// Metadata of a list document.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ListMeta {
    /// Total number of matching resources over all pages.
    pub total_results: i64,
}
