/// A page of an organisation search.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrganizationViewRequest {
    /// Return every record in one page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all: Option<bool>,
    /// Criteria for an organisation search.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<super::OrganizationFilter>,
    /// Page to return, from 0.
    #[serde(
        rename = "pageNumber",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub page_number: Option<i32>,
    /// Records per page.
    #[serde(rename = "pageSize", default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i32>,
    /// Sort order of an organisation search. The knowledge base sorts on `creationDate`, the
    /// 2024 frontend on `createdAt`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<super::OrganizationSort>,
}
