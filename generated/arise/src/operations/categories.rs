use crate::client::{Call, Client};
use paygen_runtime::Response;
use paygen_runtime::futures::Stream;
use std::future::Future;

/// Catalog categories that group invoice line items.
#[derive(Clone, Copy, Debug)]
pub struct CategoriesApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> CategoriesApi<'a> {
    /// List categories
    ///
    /// Returns one page of the merchant catalog categories, optionally filtered by a search string and sorted.
    ///
    /// `GET /pay-int-api/categories`
    ///
    /// Pages: [`into_stream`](ListCategories::into_stream) on the returned call walks every item.
    pub fn list_categories(&self) -> ListCategories<'a> {
        ListCategories {
            call: Call::new(self.client),
            page: None,
            page_size: None,
            order_by: None,
            asc: None,
            search: None,
            x_api_version: self.client.defaults.x_api_version.clone(),
        }
    }

    /// Create a category
    ///
    /// Adds a line-item category to the merchant catalog and returns its identifier.
    ///
    /// `POST /pay-int-api/categories`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_category(
        &self,
        body: impl Into<crate::models::CreateCategoryRequest>,
    ) -> CreateCategory<'a> {
        CreateCategory {
            call: Call::new(self.client),
            x_api_version: self.client.defaults.x_api_version.clone(),
            body: body.into(),
        }
    }

    /// Update a category
    ///
    /// Changes the name and/or default unit type of an existing category.
    ///
    /// `PUT /pay-int-api/categories/{categoryId}`
    ///
    /// # Arguments
    /// - `category_id` (`categoryId`): Id of the category to change.
    /// - `body`: the request body (application/json)
    pub fn update_category(
        &self,
        category_id: paygen_runtime::Uuid,
        body: impl Into<crate::models::UpdateCategoryRequest>,
    ) -> UpdateCategory<'a> {
        UpdateCategory {
            call: Call::new(self.client),
            category_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
            body: body.into(),
        }
    }

    /// Delete a category
    ///
    /// Removes a category from the catalog. Line items that belonged to it remain in the catalog without a category.
    ///
    /// `DELETE /pay-int-api/categories/{categoryId}`
    ///
    /// # Arguments
    /// - `category_id` (`categoryId`): Id of the category to remove.
    pub fn delete_category(&self, category_id: paygen_runtime::Uuid) -> DeleteCategory<'a> {
        DeleteCategory {
            call: Call::new(self.client),
            category_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
        }
    }
}

/// List categories
///
/// `GET /pay-int-api/categories`, started by [`CategoriesApi::list_categories`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCategories<'a> {
    call: Call<'a>,
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    search: Option<String>,
    x_api_version: Option<String>,
}

impl<'a> ListCategories<'a> {
    /// Query parameter `page`: Zero-based page index.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }

    /// Query parameter `pageSize`: Page size (items per page).
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }

    /// Query parameter `orderBy`: Name of the field used to sort the results.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }

    /// Query parameter `asc`: Sort order is ascending.
    pub fn asc(mut self, value: bool) -> Self {
        self.asc = Some(value);
        self
    }

    /// Query parameter `search`: Search query to filter categories.
    pub fn search(mut self, value: impl Into<String>) -> Self {
        self.search = Some(value.into());
        self
    }

    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::ListCategoriesResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::ListCategoriesResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }

    /// Walks every page from the first, yielding items one by one. The stream ends after
    /// the last page, on an empty page, or after the first error.
    #[inline]
    pub fn into_stream(
        self,
    ) -> impl Stream<Item = Result<crate::models::GetCategoriesResponseDto, crate::Error>> + 'a
    {
        self.call.clone().stream(self)
    }
}

impl paygen_runtime::CallOptions for ListCategories<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListCategories<'_> {
    type Output = crate::models::ListCategoriesResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-int-api/categories",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.page {
            request.query("page", value);
        }
        if let Some(value) = &self.page_size {
            request.query("pageSize", value);
        }
        if let Some(value) = &self.order_by {
            request.query("orderBy", value);
        }
        if let Some(value) = &self.asc {
            request.query("asc", value);
        }
        if let Some(value) = &self.search {
            request.query("search", value);
        }
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

impl paygen_runtime::pagination::Paged for ListCategories<'_> {
    type Item = crate::models::GetCategoriesResponseDto;

    fn page_spec() -> paygen_runtime::pagination::PageSpec {
        paygen_runtime::pagination::PageSpec {
            first_page: 0u64,
            items: "/items",
            stop: paygen_runtime::pagination::Stop::TotalItems("/total"),
        }
    }

    fn set_page(&mut self, page: u64) {
        self.page = Some(i32::try_from(page).unwrap_or(i32::MAX));
    }
}

/// Create a category
///
/// `POST /pay-int-api/categories`, started by [`CategoriesApi::create_category`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateCategory<'a> {
    call: Call<'a>,
    x_api_version: Option<String>,
    body: crate::models::CreateCategoryRequest,
}

impl<'a> CreateCategory<'a> {
    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::CreateCategoryResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::CreateCategoryResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateCategory<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateCategory<'_> {
    type Output = crate::models::CreateCategoryResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-int-api/categories",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        request.body = paygen_runtime::json_body(&self.body)?;
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Update a category
///
/// `PUT /pay-int-api/categories/{categoryId}`, started by [`CategoriesApi::update_category`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateCategory<'a> {
    call: Call<'a>,
    category_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::UpdateCategoryRequest,
}

impl<'a> UpdateCategory<'a> {
    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<(), crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<()>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for UpdateCategory<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for UpdateCategory<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PUT,
        path: "/pay-int-api/categories/{categoryId}",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("categoryId", &self.category_id);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        request.body = paygen_runtime::json_body(&self.body)?;
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}

/// Delete a category
///
/// `DELETE /pay-int-api/categories/{categoryId}`, started by [`CategoriesApi::delete_category`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteCategory<'a> {
    call: Call<'a>,
    category_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl<'a> DeleteCategory<'a> {
    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<(), crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<()>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for DeleteCategory<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for DeleteCategory<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::DELETE,
        path: "/pay-int-api/categories/{categoryId}",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("categoryId", &self.category_id);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}
