use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
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
    /// Pages: use `.into_stream()` to walk every item.
    pub fn list_orders(&self, x_tenant: impl Into<String>) -> ListOrders<'a> {
        ListOrders {
            client: self.client,
            x_tenant: x_tenant.into(),
            page_number: None,
            page_size: None,
            status: None,
            ids: None,
            filter: None,
            session: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Create an order
    ///
    /// `POST /orders`
    ///
    /// # Arguments
    /// - `x_tenant` (`X-Tenant`):
    /// - `body`: the request body (application/json)
    ///
    /// Retried safely on transient failures: `client_order_id` makes the request idempotent.
    pub fn create_order(
        &self,
        x_tenant: impl Into<String>,
        body: crate::models::NewOrder,
    ) -> CreateOrder<'a> {
        CreateOrder {
            client: self.client,
            x_tenant: x_tenant.into(),
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Download a receipt (no operationId)
    ///
    /// `GET /orders/{id}/receipt`
    ///
    /// # Arguments
    /// - `id` (`id`):
    pub fn get_orders_id_receipt(&self, id: i64) -> GetOrdersIdReceipt<'a> {
        GetOrdersIdReceipt {
            client: self.client,
            id,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `GET /orders` call; finish it with [`send`](ListOrders::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOrders<'a> {
    client: &'a Client,
    x_tenant: String,
    page_number: Option<i32>,
    page_size: Option<i32>,
    status: Option<Vec<String>>,
    ids: Option<Vec<i64>>,
    filter: Option<crate::models::ListOrdersFilter>,
    session: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListOrders<'a> {
    /// Sets `page\[number\]`.
    ///
    /// Sent as the query parameter `page[number]`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.page_number = Some(value);
        self
    }
    /// Sets `page\[size\]`.
    ///
    /// Sent as the query parameter `page[size]`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sets `status`.
    ///
    /// Sent as the query parameter `status`.
    pub fn status(mut self, value: Vec<String>) -> Self {
        self.status = Some(value);
        self
    }
    /// Sets `ids`.
    ///
    /// Sent as the query parameter `ids`.
    pub fn ids(mut self, value: Vec<i64>) -> Self {
        self.ids = Some(value);
        self
    }
    /// Sets `filter`.
    ///
    /// Sent as the query parameter `filter`.
    pub fn filter(mut self, value: crate::models::ListOrdersFilter) -> Self {
        self.filter = Some(value);
        self
    }
    /// Sets `session`.
    ///
    /// Sent as the cookie parameter `session`.
    pub fn session(mut self, value: impl Into<String>) -> Self {
        self.session = Some(value.into());
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
        if let Some(value) = &self.page_number {
            query.push(("page[number]".to_string(), value.to_param()));
        }
        if let Some(value) = &self.page_size {
            query.push(("page[size]".to_string(), value.to_param()));
        }
        if let Some(value) = &self.status {
            query.push((
                "status".to_string(),
                value
                    .iter()
                    .map(|item| item.to_param())
                    .collect::<Vec<_>>()
                    .join(","),
            ));
        }
        if let Some(value) = &self.ids {
            for item in value {
                query.push(("ids".to_string(), item.to_param()));
            }
        }
        if let Some(value) = &self.filter {
            query.extend(paygen_runtime::deep_object_pairs("filter", value));
        }
        let mut headers = Vec::new();
        {
            let value = &self.x_tenant;
            headers.push(("X-Tenant".to_string(), value.to_param()));
        }
        let mut cookies: Vec<String> = Vec::new();
        if let Some(value) = &self.session {
            cookies.push(format!("{}={}", "session", value.to_param()));
        }
        if !cookies.is_empty() {
            headers.push(("Cookie".to_string(), cookies.join("; ")));
        }
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/orders",
            path: "/orders".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["bearerAuth"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::OrderPage, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::OrderPage>, crate::Error> {
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
    ) -> impl paygen_runtime::futures::Stream<Item = Result<crate::models::Order, crate::Error>> + 'a
    {
        let spec = paygen_runtime::pagination::PageSpec {
            first_page: 1u64,
            items: "/data",
            stop: paygen_runtime::pagination::Stop::TotalItems("/meta/total"),
        };
        paygen_runtime::pagination::stream(spec, move |page: u64| {
            let mut call = self.clone();
            call.page_number = Some(i32::try_from(page).unwrap_or(i32::MAX));
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
/// A prepared `POST /orders` call; finish it with [`send`](CreateOrder::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateOrder<'a> {
    client: &'a Client,
    x_tenant: String,
    body: crate::models::NewOrder,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateOrder<'a> {
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
        {
            let value = &self.x_tenant;
            headers.push(("X-Tenant".to_string(), value.to_param()));
        }
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::POST,
            path_template: "/orders",
            path: "/orders".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["bearerAuth"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::CreateOrderResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::CreateOrderResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        let body = match raw.status.as_u16() {
            200 => crate::models::CreateOrderResponse::Ok(paygen_runtime::decode_json(&raw)?),
            201 => crate::models::CreateOrderResponse::Created(paygen_runtime::decode_json(&raw)?),
            202 => crate::models::CreateOrderResponse::Accepted,
            _ => return Err(paygen_runtime::api_error(raw)),
        };
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `GET /orders/{id}/receipt` call; finish it with [`send`](GetOrdersIdReceipt::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrdersIdReceipt<'a> {
    client: &'a Client,
    id: i64,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetOrdersIdReceipt<'a> {
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
        let mut headers = vec![("Accept".to_string(), "application/pdf".to_string())];
        headers.push(("Accept".to_string(), "application/pdf".to_string()));
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/orders/{id}/receipt",
            path: format!(
                "/orders/{}/receipt",
                paygen_runtime::encode_path_segment(&self.id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["bearerAuth"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<paygen_runtime::Bytes, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<paygen_runtime::Bytes>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = raw.body.clone();
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
