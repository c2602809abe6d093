use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
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
    /// Pages: use `.into_stream()` to walk every item.
    pub fn list_categories(&self) -> ListCategories<'a> {
        ListCategories {
            client: self.client,
            page: None,
            page_size: None,
            order_by: None,
            asc: None,
            search: None,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
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
        body: crate::models::CreateCategoryRequest,
    ) -> CreateCategory<'a> {
        CreateCategory {
            client: self.client,
            body,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
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
        body: crate::models::UpdateCategoryRequest,
    ) -> UpdateCategory<'a> {
        UpdateCategory {
            client: self.client,
            category_id,
            body,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
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
            client: self.client,
            category_id,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `GET /pay-int-api/categories` call; finish it with [`send`](ListCategories::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCategories<'a> {
    client: &'a Client,
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    search: Option<String>,
    x_api_version: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListCategories<'a> {
    /// Zero-based page index.
    ///
    /// Sent as the query parameter `page`.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }
    /// Page size (items per page).
    ///
    /// Sent as the query parameter `pageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Name of the field used to sort the results.
    ///
    /// Sent as the query parameter `orderBy`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Sort order is ascending.
    ///
    /// Sent as the query parameter `asc`.
    pub fn asc(mut self, value: bool) -> Self {
        self.asc = Some(value);
        self
    }
    /// Search query to filter categories.
    ///
    /// Sent as the query parameter `search`.
    pub fn search(mut self, value: impl Into<String>) -> Self {
        self.search = Some(value.into());
        self
    }
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }
    /// Overrides the client's total timeout for this call.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's connect timeout for this call.
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.connect_timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this call.
    pub fn retry(mut self, policy: paygen_runtime::RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }
    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut query = Vec::new();
        if let Some(value) = &self.page {
            query.push(("page".to_string(), value.to_param()));
        }
        if let Some(value) = &self.page_size {
            query.push(("pageSize".to_string(), value.to_param()));
        }
        if let Some(value) = &self.order_by {
            query.push(("orderBy".to_string(), value.to_param()));
        }
        if let Some(value) = &self.asc {
            query.push(("asc".to_string(), value.to_param()));
        }
        if let Some(value) = &self.search {
            query.push(("search".to_string(), value.to_param()));
        }
        let mut headers = Vec::new();
        if let Some(value) = &self.x_api_version {
            headers.push(("x-api-version".to_string(), value.to_param()));
        }
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/pay-int-api/categories",
            path: "/pay-int-api/categories".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::ListCategoriesResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::ListCategoriesResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
    /// Walks every page from the first, yielding items one by one. The stream ends after the
    /// last page, on an empty page, or after the first error.
    pub fn into_stream(
        self,
    ) -> impl paygen_runtime::futures::Stream<
        Item = Result<crate::models::GetCategoriesResponseDto, crate::Error>,
    > + 'a {
        let spec = paygen_runtime::pagination::PageSpec {
            first_page: 0u64,
            items: "/items",
            stop: paygen_runtime::pagination::Stop::TotalItems("/total"),
        };
        paygen_runtime::pagination::stream(spec, move |page: u64| {
            let mut call = self.clone();
            call.page = Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let request = call.request()?;
                let raw = call.client.core().execute(request).await?;
                if !raw.status.is_success() {
                    return Err(paygen_runtime::api_error(raw));
                }
                Ok(raw)
            }
        })
    }
}
/// A prepared `POST /pay-int-api/categories` call; finish it with [`send`](CreateCategory::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateCategory<'a> {
    client: &'a Client,
    x_api_version: Option<String>,
    body: crate::models::CreateCategoryRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateCategory<'a> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }
    /// Overrides the client's total timeout for this call.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's connect timeout for this call.
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.connect_timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this call.
    pub fn retry(mut self, policy: paygen_runtime::RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }
    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let query = Vec::new();
        let mut headers = Vec::new();
        if let Some(value) = &self.x_api_version {
            headers.push(("x-api-version".to_string(), value.to_param()));
        }
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::POST,
            path_template: "/pay-int-api/categories",
            path: "/pay-int-api/categories".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::CreateCategoryResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::CreateCategoryResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `PUT /pay-int-api/categories/{categoryId}` call; finish it with [`send`](UpdateCategory::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateCategory<'a> {
    client: &'a Client,
    category_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::UpdateCategoryRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> UpdateCategory<'a> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }
    /// Overrides the client's total timeout for this call.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's connect timeout for this call.
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.connect_timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this call.
    pub fn retry(mut self, policy: paygen_runtime::RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }
    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let query = Vec::new();
        let mut headers = Vec::new();
        if let Some(value) = &self.x_api_version {
            headers.push(("x-api-version".to_string(), value.to_param()));
        }
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::PUT,
            path_template: "/pay-int-api/categories/{categoryId}",
            path: format!(
                "/pay-int-api/categories/{}",
                paygen_runtime::encode_path_segment(&self.category_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<(), crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(self) -> Result<paygen_runtime::Response<()>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        Ok(paygen_runtime::Response::from_raw(&raw, ()))
    }
}
/// A prepared `DELETE /pay-int-api/categories/{categoryId}` call; finish it with [`send`](DeleteCategory::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteCategory<'a> {
    client: &'a Client,
    category_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> DeleteCategory<'a> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }
    /// Overrides the client's total timeout for this call.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's connect timeout for this call.
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.connect_timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this call.
    pub fn retry(mut self, policy: paygen_runtime::RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }
    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let query = Vec::new();
        let mut headers = Vec::new();
        if let Some(value) = &self.x_api_version {
            headers.push(("x-api-version".to_string(), value.to_param()));
        }
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::DELETE,
            path_template: "/pay-int-api/categories/{categoryId}",
            path: format!(
                "/pay-int-api/categories/{}",
                paygen_runtime::encode_path_segment(&self.category_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<(), crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(self) -> Result<paygen_runtime::Response<()>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        Ok(paygen_runtime::Response::from_raw(&raw, ()))
    }
}
