/// A page of an organisation search.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
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

impl OrganizationViewRequest {
    /// Creates the value from its required fields; optional fields start empty.
    pub fn new() -> Self {
        Self {
            all: None,
            filter: None,
            page_number: None,
            page_size: None,
            sort: None,
        }
    }

    /// Property `all`: Return every record in one page.
    pub fn all(mut self, value: bool) -> Self {
        self.all = Some(value);
        self
    }

    /// Property `filter`: Criteria for an organisation search.
    pub fn filter(mut self, value: super::OrganizationFilter) -> Self {
        self.filter = Some(value);
        self
    }

    /// Property `pageNumber`: Page to return, from 0.
    pub fn page_number(mut self, value: i32) -> Self {
        self.page_number = Some(value);
        self
    }

    /// Property `pageSize`: Records per page.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }

    /// Property `sort`: Sort order of an organisation search. The knowledge base sorts on `creationDate`, the
    /// 2024 frontend on `createdAt`.
    pub fn sort(mut self, value: super::OrganizationSort) -> Self {
        self.sort = Some(value);
        self
    }
}
