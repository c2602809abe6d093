use crate::client::{Call, Client};
use paygen_runtime::Response;
use paygen_runtime::futures::Stream;
use std::future::Future;

/// The 3 operations tagged `orders`: `list_orders`, `create_order` and `get_orders_id_receipt`.
#[derive(Clone, Copy, Debug)]
pub struct OrdersApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> OrdersApi<'a> {
    /// List orders, paged
    ///
    /// `GET /orders`
    ///
    /// Pages: [`into_stream`](ListOrders::into_stream) on the returned call walks every item.
    pub fn list_orders(&self) -> ListOrders<'a> {
        ListOrders {
            call: Call::new(self.client),
            x_tenant: self.client.defaults.x_tenant.clone(),
            page_number: None,
            page_size: None,
            status: None,
            ids: None,
            filter: None,
            session: None,
        }
    }

    /// Create an order
    ///
    /// `POST /orders`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    ///
    /// Retried on transient failures only when the body's `client_order_id` is set and not empty: the key makes a retry safe. Without it the request is sent once.
    pub fn create_order(&self, body: impl Into<crate::models::NewOrder>) -> CreateOrder<'a> {
        CreateOrder {
            call: Call::new(self.client),
            x_tenant: self.client.defaults.x_tenant.clone(),
            body: body.into(),
        }
    }

    /// Download a receipt (no operationId)
    ///
    /// `GET /orders/{id}/receipt`
    ///
    /// # Arguments
    /// - `id` (`id`): An integer.
    pub fn get_orders_id_receipt(&self, id: i64) -> GetOrdersIdReceipt<'a> {
        GetOrdersIdReceipt {
            call: Call::new(self.client),
            id,
        }
    }
}

/// List orders, paged
///
/// `GET /orders`, started by [`OrdersApi::list_orders`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOrders<'a> {
    call: Call<'a>,
    x_tenant: Option<String>,
    page_number: Option<i32>,
    page_size: Option<i32>,
    status: Option<Vec<String>>,
    ids: Option<Vec<i64>>,
    filter: Option<crate::models::ListOrdersFilter>,
    session: Option<String>,
}

impl<'a> ListOrders<'a> {
    /// Header parameter `X-Tenant`: Text.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_tenant`](crate::ClientBuilder::x_tenant); one of the two is required.
    pub fn x_tenant(mut self, value: impl Into<String>) -> Self {
        self.x_tenant = Some(value.into());
        self
    }

    /// Query parameter `page[number]`: A 32-bit integer.
    pub fn page_number(mut self, value: i32) -> Self {
        self.page_number = Some(value);
        self
    }

    /// Query parameter `page[size]`: A 32-bit integer.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }

    /// Query parameter `status`: A list; each item: text.
    pub fn status(mut self, value: Vec<String>) -> Self {
        self.status = Some(value);
        self
    }

    /// Query parameter `ids`: A list; each item: an integer.
    pub fn ids(mut self, value: Vec<i64>) -> Self {
        self.ids = Some(value);
        self
    }

    /// Query parameter `filter`: An object with the property `from`.
    pub fn filter(mut self, value: impl Into<crate::models::ListOrdersFilter>) -> Self {
        self.filter = Some(value.into());
        self
    }

    /// Cookie parameter `session`: Text.
    pub fn session(mut self, value: impl Into<String>) -> Self {
        self.session = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<crate::models::OrderPage, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::OrderPage>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }

    /// Walks every page from the first, yielding items one by one. The stream ends after
    /// the last page, on an empty page, or after the first error.
    #[inline]
    pub fn into_stream(
        self,
    ) -> impl Stream<Item = Result<crate::models::Order, crate::Error>> + 'a {
        self.call.clone().stream(self)
    }
}

impl paygen_runtime::CallOptions for ListOrders<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListOrders<'_> {
    type Output = crate::models::OrderPage;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/orders",
        security: &[&["bearerAuth"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        let Some(value) = &self.x_tenant else {
            return Err(paygen_runtime::missing_parameter("X-Tenant", "x_tenant"));
        };
        request.header("X-Tenant", value);
        if let Some(value) = &self.page_number {
            request.query("page[number]", value);
        }
        if let Some(value) = &self.page_size {
            request.query("page[size]", value);
        }
        if let Some(value) = &self.status {
            request.query("status", value);
        }
        if let Some(value) = &self.ids {
            request.query_each("ids", value);
        }
        if let Some(value) = &self.filter {
            request.query_deep("filter", value);
        }
        if let Some(value) = &self.session {
            request.cookie("session", value);
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

impl paygen_runtime::pagination::Paged for ListOrders<'_> {
    type Item = crate::models::Order;

    fn page_spec() -> paygen_runtime::pagination::PageSpec {
        paygen_runtime::pagination::PageSpec {
            first_page: 1u64,
            items: "/data",
            stop: paygen_runtime::pagination::Stop::TotalItems("/meta/total"),
        }
    }

    fn set_page(&mut self, page: u64) {
        self.page_number = Some(i32::try_from(page).unwrap_or(i32::MAX));
    }
}

/// Create an order
///
/// `POST /orders`, started by [`OrdersApi::create_order`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateOrder<'a> {
    call: Call<'a>,
    x_tenant: Option<String>,
    body: crate::models::NewOrder,
}

impl<'a> CreateOrder<'a> {
    /// Header parameter `X-Tenant`: Text.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_tenant`](crate::ClientBuilder::x_tenant); one of the two is required.
    pub fn x_tenant(mut self, value: impl Into<String>) -> Self {
        self.x_tenant = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::CreateOrderResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::CreateOrderResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateOrder<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateOrder<'_> {
    type Output = crate::models::CreateOrderResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/orders",
        security: &[&["bearerAuth"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        let Some(value) = &self.x_tenant else {
            return Err(paygen_runtime::missing_parameter("X-Tenant", "x_tenant"));
        };
        request.header("X-Tenant", value);
        request.body = paygen_runtime::json_body(&self.body)?;
        request.idempotent_with_key("/client_order_id");
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        let body = match raw.status.as_u16() {
            200 => crate::models::CreateOrderResponse::Ok(paygen_runtime::decode_json(&raw)?),
            201 => crate::models::CreateOrderResponse::Created(paygen_runtime::decode_json(&raw)?),
            202 => crate::models::CreateOrderResponse::Accepted,
            _ => return Err(paygen_runtime::api_error(raw)),
        };
        Ok(paygen_runtime::Response::from_raw(raw, body))
    }
}

/// Download a receipt (no operationId)
///
/// `GET /orders/{id}/receipt`, started by [`OrdersApi::get_orders_id_receipt`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrdersIdReceipt<'a> {
    call: Call<'a>,
    id: i64,
}

impl<'a> GetOrdersIdReceipt<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<paygen_runtime::Bytes, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<paygen_runtime::Bytes>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetOrdersIdReceipt<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetOrdersIdReceipt<'_> {
    type Output = paygen_runtime::Bytes;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/orders/{id}/receipt",
        security: &[&["bearerAuth"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("id", &self.id);
        request.header("Accept", "application/pdf");
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::body_bytes)
    }
}
