use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Catalog products and services and the unit types they use.
#[derive(Clone, Copy, Debug)]
pub struct LineItemsApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> LineItemsApi<'a> {
    /// List line items
    ///
    /// Returns one page of catalog line items, optionally limited to a category or to items without category.
    ///
    /// `GET /pay-int-api/line-items`
    ///
    /// Pages: use `.into_stream()` to walk every item.
    pub fn list_line_items(&self) -> ListLineItems<'a> {
        ListLineItems {
            client: self.client,
            page: None,
            page_size: None,
            order_by: None,
            asc: None,
            search: None,
            category_id: None,
            no_category: None,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Create a line item
    ///
    /// Adds a product or service to the merchant catalog and returns its identifier.
    ///
    /// `POST /pay-int-api/line-items`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_line_item(
        &self,
        body: crate::models::CreateLineItemRequest,
    ) -> CreateLineItem<'a> {
        CreateLineItem {
            client: self.client,
            body,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Update a line item
    ///
    /// Changes a catalog line item.
    ///
    /// `PUT /pay-int-api/line-items/{lineItemId}`
    ///
    /// # Arguments
    /// - `line_item_id` (`lineItemId`): Line item to change.
    /// - `body`: the request body (application/json)
    pub fn update_line_item(
        &self,
        line_item_id: paygen_runtime::Uuid,
        body: crate::models::UpdateLineItemRequest,
    ) -> UpdateLineItem<'a> {
        UpdateLineItem {
            client: self.client,
            line_item_id,
            body,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Delete a line item
    ///
    /// Removes a line item from the catalog.
    ///
    /// `DELETE /pay-int-api/line-items/{lineItemId}`
    ///
    /// # Arguments
    /// - `line_item_id` (`lineItemId`): Line item to remove.
    pub fn delete_line_item(&self, line_item_id: paygen_runtime::Uuid) -> DeleteLineItem<'a> {
        DeleteLineItem {
            client: self.client,
            line_item_id,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// List the unit types available to line items
    ///
    /// Returns all unit types that line items and categories can refer to (as a bare array).
    ///
    /// `GET /pay-int-api/line-items/unit-types`
    pub fn list_unit_types(&self) -> ListUnitTypes<'a> {
        ListUnitTypes {
            client: self.client,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `GET /pay-int-api/line-items` call; finish it with [`send`](ListLineItems::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListLineItems<'a> {
    client: &'a Client,
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    search: Option<String>,
    category_id: Option<paygen_runtime::Uuid>,
    no_category: Option<bool>,
    x_api_version: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListLineItems<'a> {
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
    /// Sets `search`.
    ///
    /// Sent as the query parameter `search`.
    pub fn search(mut self, value: impl Into<String>) -> Self {
        self.search = Some(value.into());
        self
    }
    /// Sets `categoryId`.
    ///
    /// Sent as the query parameter `categoryId`.
    pub fn category_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.category_id = Some(value);
        self
    }
    /// Sets `noCategory`.
    ///
    /// Sent as the query parameter `noCategory`.
    pub fn no_category(mut self, value: bool) -> Self {
        self.no_category = Some(value);
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
        if let Some(value) = &self.category_id {
            query.push(("categoryId".to_string(), value.to_param()));
        }
        if let Some(value) = &self.no_category {
            query.push(("noCategory".to_string(), value.to_param()));
        }
        let mut headers = Vec::new();
        if let Some(value) = &self.x_api_version {
            headers.push(("x-api-version".to_string(), value.to_param()));
        }
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/pay-int-api/line-items",
            path: "/pay-int-api/line-items".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::ListLineItemsResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::ListLineItemsResponse>, crate::Error> {
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
        Item = Result<crate::models::GetLineItemsResponseDto, crate::Error>,
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
/// A prepared `POST /pay-int-api/line-items` call; finish it with [`send`](CreateLineItem::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateLineItem<'a> {
    client: &'a Client,
    x_api_version: Option<String>,
    body: crate::models::CreateLineItemRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateLineItem<'a> {
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
            path_template: "/pay-int-api/line-items",
            path: "/pay-int-api/line-items".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::CreateLineItemResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::CreateLineItemResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `PUT /pay-int-api/line-items/{lineItemId}` call; finish it with [`send`](UpdateLineItem::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateLineItem<'a> {
    client: &'a Client,
    line_item_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::UpdateLineItemRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> UpdateLineItem<'a> {
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
            path_template: "/pay-int-api/line-items/{lineItemId}",
            path: format!(
                "/pay-int-api/line-items/{}",
                paygen_runtime::encode_path_segment(&self.line_item_id.to_param())
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
/// A prepared `DELETE /pay-int-api/line-items/{lineItemId}` call; finish it with [`send`](DeleteLineItem::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteLineItem<'a> {
    client: &'a Client,
    line_item_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> DeleteLineItem<'a> {
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
            path_template: "/pay-int-api/line-items/{lineItemId}",
            path: format!(
                "/pay-int-api/line-items/{}",
                paygen_runtime::encode_path_segment(&self.line_item_id.to_param())
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
/// A prepared `GET /pay-int-api/line-items/unit-types` call; finish it with [`send`](ListUnitTypes::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListUnitTypes<'a> {
    client: &'a Client,
    x_api_version: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListUnitTypes<'a> {
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
            method: paygen_runtime::Method::GET,
            path_template: "/pay-int-api/line-items/unit-types",
            path: "/pay-int-api/line-items/unit-types".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<Vec<crate::models::UnitType>, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<Vec<crate::models::UnitType>>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
