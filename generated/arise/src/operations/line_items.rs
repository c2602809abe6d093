use crate::client::{Call, Client};
use paygen_runtime::Response;
use paygen_runtime::futures::Stream;
use std::future::Future;

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
    /// Pages: [`into_stream`](ListLineItems::into_stream) on the returned call walks every item.
    pub fn list_line_items(&self) -> ListLineItems<'a> {
        ListLineItems {
            call: Call::new(self.client),
            page: None,
            page_size: None,
            order_by: None,
            asc: None,
            search: None,
            category_id: None,
            no_category: None,
            x_api_version: self.client.defaults.x_api_version.clone(),
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
        body: impl Into<crate::models::CreateLineItemRequest>,
    ) -> CreateLineItem<'a> {
        CreateLineItem {
            call: Call::new(self.client),
            x_api_version: self.client.defaults.x_api_version.clone(),
            body: body.into(),
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
        body: impl Into<crate::models::UpdateLineItemRequest>,
    ) -> UpdateLineItem<'a> {
        UpdateLineItem {
            call: Call::new(self.client),
            line_item_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
            body: body.into(),
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
            call: Call::new(self.client),
            line_item_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
        }
    }

    /// List the unit types available to line items
    ///
    /// Returns all unit types that line items and categories can refer to (as a bare array).
    ///
    /// `GET /pay-int-api/line-items/unit-types`
    pub fn list_unit_types(&self) -> ListUnitTypes<'a> {
        ListUnitTypes {
            call: Call::new(self.client),
            x_api_version: self.client.defaults.x_api_version.clone(),
        }
    }
}

/// List line items
///
/// `GET /pay-int-api/line-items`, started by [`LineItemsApi::list_line_items`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListLineItems<'a> {
    call: Call<'a>,
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    search: Option<String>,
    category_id: Option<paygen_runtime::Uuid>,
    no_category: Option<bool>,
    x_api_version: Option<String>,
}

impl<'a> ListLineItems<'a> {
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

    /// Query parameter `search`: Text.
    pub fn search(mut self, value: impl Into<String>) -> Self {
        self.search = Some(value.into());
        self
    }

    /// Query parameter `categoryId`: A UUID.
    pub fn category_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.category_id = Some(value);
        self
    }

    /// Query parameter `noCategory`: `true` or `false`.
    pub fn no_category(mut self, value: bool) -> Self {
        self.no_category = Some(value);
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
    ) -> impl Future<Output = Result<crate::models::ListLineItemsResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::ListLineItemsResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }

    /// Walks every page from the first, yielding items one by one. The stream ends after
    /// the last page, on an empty page, or after the first error.
    #[inline]
    pub fn into_stream(
        self,
    ) -> impl Stream<Item = Result<crate::models::GetLineItemsResponseDto, crate::Error>> + 'a {
        self.call.clone().stream(self)
    }
}

impl paygen_runtime::CallOptions for ListLineItems<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListLineItems<'_> {
    type Output = crate::models::ListLineItemsResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-int-api/line-items",
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
        if let Some(value) = &self.category_id {
            request.query("categoryId", value);
        }
        if let Some(value) = &self.no_category {
            request.query("noCategory", value);
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

impl paygen_runtime::pagination::Paged for ListLineItems<'_> {
    type Item = crate::models::GetLineItemsResponseDto;

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

/// Create a line item
///
/// `POST /pay-int-api/line-items`, started by [`LineItemsApi::create_line_item`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateLineItem<'a> {
    call: Call<'a>,
    x_api_version: Option<String>,
    body: crate::models::CreateLineItemRequest,
}

impl<'a> CreateLineItem<'a> {
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
    ) -> impl Future<Output = Result<crate::models::CreateLineItemResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::CreateLineItemResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateLineItem<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateLineItem<'_> {
    type Output = crate::models::CreateLineItemResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-int-api/line-items",
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

/// Update a line item
///
/// `PUT /pay-int-api/line-items/{lineItemId}`, started by [`LineItemsApi::update_line_item`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateLineItem<'a> {
    call: Call<'a>,
    line_item_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::UpdateLineItemRequest,
}

impl<'a> UpdateLineItem<'a> {
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

impl paygen_runtime::CallOptions for UpdateLineItem<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for UpdateLineItem<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PUT,
        path: "/pay-int-api/line-items/{lineItemId}",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("lineItemId", &self.line_item_id);
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

/// Delete a line item
///
/// `DELETE /pay-int-api/line-items/{lineItemId}`, started by [`LineItemsApi::delete_line_item`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteLineItem<'a> {
    call: Call<'a>,
    line_item_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl<'a> DeleteLineItem<'a> {
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

impl paygen_runtime::CallOptions for DeleteLineItem<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for DeleteLineItem<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::DELETE,
        path: "/pay-int-api/line-items/{lineItemId}",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("lineItemId", &self.line_item_id);
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

/// List the unit types available to line items
///
/// `GET /pay-int-api/line-items/unit-types`, started by [`LineItemsApi::list_unit_types`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListUnitTypes<'a> {
    call: Call<'a>,
    x_api_version: Option<String>,
}

impl<'a> ListUnitTypes<'a> {
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
    ) -> impl Future<Output = Result<Vec<crate::models::UnitType>, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<Vec<crate::models::UnitType>>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for ListUnitTypes<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListUnitTypes<'_> {
    type Output = Vec<crate::models::UnitType>;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-int-api/line-items/unit-types",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
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
