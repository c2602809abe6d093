/// Metadata of a list document.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ListMeta {
    /// Total number of matching resources over all pages.
    pub total_results: i64,
}
