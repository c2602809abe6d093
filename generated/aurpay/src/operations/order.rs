use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Crypto payment orders, transactions, refunds and the supported currency lists.
#[derive(Clone, Copy, Debug)]
pub struct OrderApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> OrderApi<'a> {
    /// Get Payment URL
    ///
    /// Starts a payment for a fiat amount and returns a hosted checkout URL. The customer
    /// chooses the cryptocurrency on the checkout page, and the crypto order is created
    /// only then (or immediately if the merchant has a single cryptocurrency enabled).
    /// Optional redirect URLs send the customer back to the shop when the order succeeds
    /// or times out; optional callback URLs are called server-to-server.
    ///
    /// `POST /api/order/pay-url`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn get_payment_url(&self, body: crate::models::PaymentUrlRequest) -> GetPaymentUrl<'a> {
        GetPaymentUrl {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Get Payment Info
    ///
    /// Creates a crypto order directly for a given chain and cryptocurrency and returns
    /// everything needed to collect the payment yourself: the crypto amount, the deposit
    /// address, the token contract and the hosted checkout URL.
    ///
    /// `POST /api/order/pay-info`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn get_payment_info(&self, body: crate::models::PaymentInfoRequest) -> GetPaymentInfo<'a> {
        GetPaymentInfo {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Get Support Crypto Currency List
    ///
    /// Lists the chains and cryptocurrencies that can be used for `chain` / `currency` when creating an order.
    ///
    /// **Inferred:** The path was not retrieved; it is the sibling of the documented /api/order/pay/real-currency. GET is shown in the docs sidebar.
    ///
    /// `GET /api/order/pay/crypto-currency`
    pub fn list_crypto_currencies(&self) -> ListCryptoCurrencies<'a> {
        ListCryptoCurrencies {
            client: self.client,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Get Support Real Currency List
    ///
    /// Lists the fiat currencies accepted as `currency` (Get Payment URL, BLN order) and `vs_currency` (Get Payment Info).
    ///
    /// `GET /api/order/pay/real-currency`
    pub fn list_real_currencies(&self) -> ListRealCurrencies<'a> {
        ListRealCurrencies {
            client: self.client,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Get Orders
    ///
    /// Returns the merchant's orders one page at a time, with the page count in `data.max_page`.
    ///
    /// `GET /api/v2/order/`
    ///
    /// Pages: use `.into_stream()` to walk every item.
    pub fn list_orders(&self) -> ListOrders<'a> {
        ListOrders {
            client: self.client,
            page: None,
            size: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Get Orders Details
    ///
    /// Fetches a single order, including the data of its payment transaction once one exists.
    ///
    /// `GET /api/v2/order/detail/{order_id}`
    ///
    /// # Arguments
    /// - `order_id` (`order_id`): Aurpay order id.
    pub fn get_order_details(&self, order_id: impl Into<String>) -> GetOrderDetails<'a> {
        GetOrderDetails {
            client: self.client,
            order_id: order_id.into(),
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Get Orders Refund Info
    ///
    /// Shows what a refund of the order would return (chain, cryptocurrency and amount).
    ///
    /// `GET /api/v2/order/refund-info/{order_id}`
    ///
    /// # Arguments
    /// - `order_id` (`order_id`): Aurpay order id.
    pub fn get_order_refund_info(&self, order_id: impl Into<String>) -> GetOrderRefundInfo<'a> {
        GetOrderRefundInfo {
            client: self.client,
            order_id: order_id.into(),
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Orders Refund
    ///
    /// Requests a refund of the order and returns the refund's status, amount and date.
    /// The documentation says the call has no body, but the product guide says a refund
    /// needs the customer's wallet address, so an optional body carrying `address` is
    /// accepted.
    ///
    /// `POST /api/v2/order/refund/{order_id}`
    ///
    /// # Arguments
    /// - `order_id` (`order_id`): Aurpay order id.
    pub fn refund_order(&self, order_id: impl Into<String>) -> RefundOrder<'a> {
        RefundOrder {
            client: self.client,
            order_id: order_id.into(),
            body: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Get Transaction
    ///
    /// Returns the merchant's on-chain transactions one page at a time, with the page count in `data.max_page`.
    ///
    /// `GET /api/v2/tx`
    ///
    /// Pages: use `.into_stream()` to walk every item.
    pub fn list_transactions(&self) -> ListTransactions<'a> {
        ListTransactions {
            client: self.client,
            page: None,
            size: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `POST /api/order/pay-url` call; finish it with [`send`](GetPaymentUrl::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPaymentUrl<'a> {
    client: &'a Client,
    body: crate::models::PaymentUrlRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetPaymentUrl<'a> {
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
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::POST,
            path_template: "/api/order/pay-url",
            path: "/api/order/pay-url".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["apiKey"], &["signature"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::PaymentUrlResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::PaymentUrlResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /api/order/pay-info` call; finish it with [`send`](GetPaymentInfo::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPaymentInfo<'a> {
    client: &'a Client,
    body: crate::models::PaymentInfoRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetPaymentInfo<'a> {
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
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::POST,
            path_template: "/api/order/pay-info",
            path: "/api/order/pay-info".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["apiKey"], &["signature"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::PaymentInfoResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::PaymentInfoResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `GET /api/order/pay/crypto-currency` call; finish it with [`send`](ListCryptoCurrencies::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCryptoCurrencies<'a> {
    client: &'a Client,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListCryptoCurrencies<'a> {
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
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/api/order/pay/crypto-currency",
            path: "/api/order/pay/crypto-currency".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["apiKey"], &["signature"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::CryptoCurrencyListResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::CryptoCurrencyListResponse>, crate::Error>
    {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `GET /api/order/pay/real-currency` call; finish it with [`send`](ListRealCurrencies::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListRealCurrencies<'a> {
    client: &'a Client,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListRealCurrencies<'a> {
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
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/api/order/pay/real-currency",
            path: "/api/order/pay/real-currency".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["apiKey"], &["signature"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::RealCurrencyListResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::RealCurrencyListResponse>, crate::Error>
    {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `GET /api/v2/order/` call; finish it with [`send`](ListOrders::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOrders<'a> {
    client: &'a Client,
    page: Option<i64>,
    size: Option<i64>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListOrders<'a> {
    /// Page number, starting at 1.
    ///
    /// Sent as the query parameter `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }
    /// Number of records per page.
    ///
    /// Sent as the query parameter `size`.
    pub fn size(mut self, value: i64) -> Self {
        self.size = Some(value);
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
        if let Some(value) = &self.size {
            query.push(("size".to_string(), value.to_param()));
        }
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/api/v2/order/",
            path: "/api/v2/order/".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["apiKey"], &["signature"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::OrderPageResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::OrderPageResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
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
            items: "/data/data",
            stop: paygen_runtime::pagination::Stop::LastPage("/data/max_page"),
        };
        paygen_runtime::pagination::stream(spec, move |page: u64| {
            let mut call = self.clone();
            call.page = Some(i64::try_from(page).unwrap_or(i64::MAX));
            async move {
                let request = call.request()?;
                let raw = call.client.core().execute(request).await?;
                if raw.status.is_success() {
                    paygen_runtime::check_envelope(
                        &raw,
                        "/code",
                        &[serde_json::Value::from(0i64)],
                    )?;
                }
                if !raw.status.is_success() {
                    return Err(paygen_runtime::api_error(raw));
                }
                Ok(raw)
            }
        })
    }
}
/// A prepared `GET /api/v2/order/detail/{order_id}` call; finish it with [`send`](GetOrderDetails::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrderDetails<'a> {
    client: &'a Client,
    order_id: String,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetOrderDetails<'a> {
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
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/api/v2/order/detail/{order_id}",
            path: format!(
                "/api/v2/order/detail/{}",
                paygen_runtime::encode_path_segment(&self.order_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["apiKey"], &["signature"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::OrderDetailResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::OrderDetailResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `GET /api/v2/order/refund-info/{order_id}` call; finish it with [`send`](GetOrderRefundInfo::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrderRefundInfo<'a> {
    client: &'a Client,
    order_id: String,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetOrderRefundInfo<'a> {
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
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/api/v2/order/refund-info/{order_id}",
            path: format!(
                "/api/v2/order/refund-info/{}",
                paygen_runtime::encode_path_segment(&self.order_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["apiKey"], &["signature"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::OrderRefundInfoResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::OrderRefundInfoResponse>, crate::Error>
    {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /api/v2/order/refund/{order_id}` call; finish it with [`send`](RefundOrder::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RefundOrder<'a> {
    client: &'a Client,
    order_id: String,
    body: Option<crate::models::OrderRefundRequest>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> RefundOrder<'a> {
    /// Sets the request body.
    pub fn body(mut self, value: crate::models::OrderRefundRequest) -> Self {
        self.body = Some(value);
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
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::POST,
            path_template: "/api/v2/order/refund/{order_id}",
            path: format!(
                "/api/v2/order/refund/{}",
                paygen_runtime::encode_path_segment(&self.order_id.to_param())
            ),
            query,
            headers,
            body: match &self.body {
                Some(body) => paygen_runtime::json_body(body)?,
                None => paygen_runtime::RequestBody::Empty,
            },
            security: &[&["apiKey"], &["signature"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::OrderRefundResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::OrderRefundResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `GET /api/v2/tx` call; finish it with [`send`](ListTransactions::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListTransactions<'a> {
    client: &'a Client,
    page: Option<i64>,
    size: Option<i64>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListTransactions<'a> {
    /// Page number, starting at 1.
    ///
    /// **Inferred:** The transaction page documents the paginated response (page, size, total, max_page) but not the query; the same page/size query as Get Orders is assumed.
    ///
    /// Sent as the query parameter `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }
    /// Number of records per page.
    ///
    /// **Inferred:** Assumed to mirror Get Orders' size parameter (see page).
    ///
    /// Sent as the query parameter `size`.
    pub fn size(mut self, value: i64) -> Self {
        self.size = Some(value);
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
        if let Some(value) = &self.size {
            query.push(("size".to_string(), value.to_param()));
        }
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/api/v2/tx",
            path: "/api/v2/tx".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["apiKey"], &["signature"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::TransactionPageResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::TransactionPageResponse>, crate::Error>
    {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
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
    ) -> impl paygen_runtime::futures::Stream<Item = Result<crate::models::Transaction, crate::Error>> + 'a
    {
        let spec = paygen_runtime::pagination::PageSpec {
            first_page: 1u64,
            items: "/data/data",
            stop: paygen_runtime::pagination::Stop::LastPage("/data/max_page"),
        };
        paygen_runtime::pagination::stream(spec, move |page: u64| {
            let mut call = self.clone();
            call.page = Some(i64::try_from(page).unwrap_or(i64::MAX));
            async move {
                let request = call.request()?;
                let raw = call.client.core().execute(request).await?;
                if raw.status.is_success() {
                    paygen_runtime::check_envelope(
                        &raw,
                        "/code",
                        &[serde_json::Value::from(0i64)],
                    )?;
                }
                if !raw.status.is_success() {
                    return Err(paygen_runtime::api_error(raw));
                }
                Ok(raw)
            }
        })
    }
}
