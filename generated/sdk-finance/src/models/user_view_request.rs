/// A page of a user search.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserViewRequest {
    /// Return every record in one page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub all: Option<bool>,
    /// Criteria for a user search.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<super::UserFilter>,
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
    /// Sort order of a user search.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<super::UserSort>,
}
