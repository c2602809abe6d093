/// A page of a user search.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "deserialize", derive(serde::Deserialize))]
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

impl paygen_runtime::redact::SensitiveValues for UserViewRequest {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        paygen_runtime::redact::SensitiveValues::sensitive_values(&self.filter, out);
    }
}

impl UserViewRequest {
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

    /// Property `filter`: Criteria for a user search.
    pub fn filter(mut self, value: super::UserFilter) -> Self {
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

    /// Property `sort`: Sort order of a user search.
    pub fn sort(mut self, value: super::UserSort) -> Self {
        self.sort = Some(value);
        self
    }
}
