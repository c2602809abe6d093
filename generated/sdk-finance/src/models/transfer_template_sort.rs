/// Sort order of a transfer template search.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TransferTemplateSort {
    /// Sort direction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<super::SortDirection>,
}
