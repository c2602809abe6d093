/// Sort order of a user search.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserSort {
    /// Sort direction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active: Option<super::SortDirection>,
    /// Sort direction.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<super::SortDirection>,
}
