use crate::client::Client;

/// Operations tagged `orders`.
#[derive(Clone, Copy, Debug)]
pub struct OrdersApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> OrdersApi<'a> {
    /// List orders, paged
    ///
    /// `GET /orders`
    ///
    /// # Arguments
    /// - `x_tenant` (`X-Tenant`):
    ///
    /// Pages: [`into_stream`](crate::client::Call::into_stream) on the returned call walks every item.
    pub fn list_orders(&self, x_tenant: impl Into<String>) -> crate::client::Call<'a, ListOrders> {
        crate::client::Call::new(
            self.client,
            ListOrders {
                x_tenant: x_tenant.into(),
                page_number: None,
                page_size: None,
                status: None,
                ids: None,
                filter: None,
                session: None,
            },
        )
    }

    /// Create an order
    ///
    /// `POST /orders`
    ///
    /// # Arguments
    /// - `x_tenant` (`X-Tenant`):
    /// - `body`: the request body (application/json)
    ///
    /// Retried on transient failures only when the body's `client_order_id` is set and not empty: the key makes a retry safe. Without it the request is sent once.
    pub fn create_order(
        &self,
        x_tenant: impl Into<String>,
        body: crate::models::NewOrder,
    ) -> crate::client::Call<'a, CreateOrder> {
        crate::client::Call::new(
            self.client,
            CreateOrder {
                x_tenant: x_tenant.into(),
                body,
            },
        )
    }

    /// Download a receipt (no operationId)
    ///
    /// `GET /orders/{id}/receipt`
    ///
    /// # Arguments
    /// - `id` (`id`):
    pub fn get_orders_id_receipt(&self, id: i64) -> crate::client::Call<'a, GetOrdersIdReceipt> {
        crate::client::Call::new(self.client, GetOrdersIdReceipt { id })
    }
}

/// The parameters of `GET /orders`, set on the [`Call`](crate::client::Call) that [`list_orders`](OrdersApi::list_orders) returns.
#[derive(Clone, Debug)]
pub struct ListOrders {
    x_tenant: String,
    page_number: Option<i32>,
    page_size: Option<i32>,
    status: Option<Vec<String>>,
    ids: Option<Vec<i64>>,
    filter: Option<crate::models::ListOrdersFilter>,
    session: Option<String>,
}

impl crate::client::Call<'_, ListOrders> {
    /// Sets `page\[number\]`.
    ///
    /// Sent as the query parameter `page[number]`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.op.page_number = Some(value);
        self
    }

    /// Sets `page\[size\]`.
    ///
    /// Sent as the query parameter `page[size]`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.op.page_size = Some(value);
        self
    }

    /// Sets `status`.
    ///
    /// Sent as the query parameter `status`.
    pub fn status(mut self, value: Vec<String>) -> Self {
        self.op.status = Some(value);
        self
    }

    /// Sets `ids`.
    ///
    /// Sent as the query parameter `ids`.
    pub fn ids(mut self, value: Vec<i64>) -> Self {
        self.op.ids = Some(value);
        self
    }

    /// Sets `filter`.
    ///
    /// Sent as the query parameter `filter`.
    pub fn filter(mut self, value: crate::models::ListOrdersFilter) -> Self {
        self.op.filter = Some(value);
        self
    }

    /// Sets `session`.
    ///
    /// Sent as the cookie parameter `session`.
    pub fn session(mut self, value: impl Into<String>) -> Self {
        self.op.session = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for ListOrders {
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
        request.header("X-Tenant", &self.x_tenant);
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

impl paygen_runtime::pagination::Paged for ListOrders {
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

/// The parameters of `POST /orders`, set on the [`Call`](crate::client::Call) that [`create_order`](OrdersApi::create_order) returns.
#[derive(Clone, Debug)]
pub struct CreateOrder {
    x_tenant: String,
    body: crate::models::NewOrder,
}

impl paygen_runtime::Operation for CreateOrder {
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
        request.header("X-Tenant", &self.x_tenant);
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

/// The parameters of `GET /orders/{id}/receipt`, set on the [`Call`](crate::client::Call) that [`get_orders_id_receipt`](OrdersApi::get_orders_id_receipt) returns.
#[derive(Clone, Debug)]
pub struct GetOrdersIdReceipt {
    id: i64,
}

impl paygen_runtime::Operation for GetOrdersIdReceipt {
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
