use crate::client::Client;

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
    /// Pages: [`into_stream`](crate::client::Call::into_stream) on the returned call walks every item.
    pub fn list_line_items(&self) -> crate::client::Call<'a, ListLineItems> {
        crate::client::Call::new(
            self.client,
            ListLineItems {
                page: None,
                page_size: None,
                order_by: None,
                asc: None,
                search: None,
                category_id: None,
                no_category: None,
                x_api_version: None,
            },
        )
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
    ) -> crate::client::Call<'a, CreateLineItem> {
        crate::client::Call::new(
            self.client,
            CreateLineItem {
                body,
                x_api_version: None,
            },
        )
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
    ) -> crate::client::Call<'a, UpdateLineItem> {
        crate::client::Call::new(
            self.client,
            UpdateLineItem {
                line_item_id,
                body,
                x_api_version: None,
            },
        )
    }

    /// Delete a line item
    ///
    /// Removes a line item from the catalog.
    ///
    /// `DELETE /pay-int-api/line-items/{lineItemId}`
    ///
    /// # Arguments
    /// - `line_item_id` (`lineItemId`): Line item to remove.
    pub fn delete_line_item(
        &self,
        line_item_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, DeleteLineItem> {
        crate::client::Call::new(
            self.client,
            DeleteLineItem {
                line_item_id,
                x_api_version: None,
            },
        )
    }

    /// List the unit types available to line items
    ///
    /// Returns all unit types that line items and categories can refer to (as a bare array).
    ///
    /// `GET /pay-int-api/line-items/unit-types`
    pub fn list_unit_types(&self) -> crate::client::Call<'a, ListUnitTypes> {
        crate::client::Call::new(
            self.client,
            ListUnitTypes {
                x_api_version: None,
            },
        )
    }
}

/// The parameters of `GET /pay-int-api/line-items`, set on the [`Call`](crate::client::Call) that [`list_line_items`](LineItemsApi::list_line_items) returns.
#[derive(Clone, Debug)]
pub struct ListLineItems {
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    search: Option<String>,
    category_id: Option<paygen_runtime::Uuid>,
    no_category: Option<bool>,
    x_api_version: Option<String>,
}

impl crate::client::Call<'_, ListLineItems> {
    /// Zero-based page index.
    ///
    /// Sent as the query parameter `page`.
    pub fn page(mut self, value: i32) -> Self {
        self.op.page = Some(value);
        self
    }

    /// Page size (items per page).
    ///
    /// Sent as the query parameter `pageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.op.page_size = Some(value);
        self
    }

    /// Name of the field used to sort the results.
    ///
    /// Sent as the query parameter `orderBy`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.op.order_by = Some(value.into());
        self
    }

    /// Sort order is ascending.
    ///
    /// Sent as the query parameter `asc`.
    pub fn asc(mut self, value: bool) -> Self {
        self.op.asc = Some(value);
        self
    }

    /// Sets `search`.
    ///
    /// Sent as the query parameter `search`.
    pub fn search(mut self, value: impl Into<String>) -> Self {
        self.op.search = Some(value.into());
        self
    }

    /// Sets `categoryId`.
    ///
    /// Sent as the query parameter `categoryId`.
    pub fn category_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.op.category_id = Some(value);
        self
    }

    /// Sets `noCategory`.
    ///
    /// Sent as the query parameter `noCategory`.
    pub fn no_category(mut self, value: bool) -> Self {
        self.op.no_category = Some(value);
        self
    }

    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for ListLineItems {
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

impl paygen_runtime::pagination::Paged for ListLineItems {
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

/// The parameters of `POST /pay-int-api/line-items`, set on the [`Call`](crate::client::Call) that [`create_line_item`](LineItemsApi::create_line_item) returns.
#[derive(Clone, Debug)]
pub struct CreateLineItem {
    x_api_version: Option<String>,
    body: crate::models::CreateLineItemRequest,
}

impl crate::client::Call<'_, CreateLineItem> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for CreateLineItem {
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

/// The parameters of `PUT /pay-int-api/line-items/{lineItemId}`, set on the [`Call`](crate::client::Call) that [`update_line_item`](LineItemsApi::update_line_item) returns.
#[derive(Clone, Debug)]
pub struct UpdateLineItem {
    line_item_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::UpdateLineItemRequest,
}

impl crate::client::Call<'_, UpdateLineItem> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for UpdateLineItem {
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

/// The parameters of `DELETE /pay-int-api/line-items/{lineItemId}`, set on the [`Call`](crate::client::Call) that [`delete_line_item`](LineItemsApi::delete_line_item) returns.
#[derive(Clone, Debug)]
pub struct DeleteLineItem {
    line_item_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl crate::client::Call<'_, DeleteLineItem> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for DeleteLineItem {
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

/// The parameters of `GET /pay-int-api/line-items/unit-types`, set on the [`Call`](crate::client::Call) that [`list_unit_types`](LineItemsApi::list_unit_types) returns.
#[derive(Clone, Debug)]
pub struct ListUnitTypes {
    x_api_version: Option<String>,
}

impl crate::client::Call<'_, ListUnitTypes> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for ListUnitTypes {
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
