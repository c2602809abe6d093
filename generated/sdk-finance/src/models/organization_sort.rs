/// Sort order of an organisation search. The knowledge base sorts on `creationDate`, the
/// 2024 frontend on `createdAt`.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrganizationSort {
    /// Sort direction.
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<super::SortDirection>,
    /// Sort direction.
    #[serde(
        rename = "creationDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub creation_date: Option<super::SortDirection>,
}
