use crate::client::{Call, Client};
use paygen_runtime::Response;
use paygen_runtime::futures::Stream;
use std::future::Future;

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
    pub fn get_payment_url(
        &self,
        body: impl Into<crate::models::PaymentUrlRequest>,
    ) -> GetPaymentUrl<'a> {
        GetPaymentUrl {
            call: Call::new(self.client),
            body: body.into(),
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
    pub fn get_payment_info(
        &self,
        body: impl Into<crate::models::PaymentInfoRequest>,
    ) -> GetPaymentInfo<'a> {
        GetPaymentInfo {
            call: Call::new(self.client),
            body: body.into(),
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
            call: Call::new(self.client),
        }
    }

    /// Get Support Real Currency List
    ///
    /// Lists the fiat currencies accepted as `currency` (Get Payment URL, BLN order) and `vs_currency` (Get Payment Info).
    ///
    /// `GET /api/order/pay/real-currency`
    pub fn list_real_currencies(&self) -> ListRealCurrencies<'a> {
        ListRealCurrencies {
            call: Call::new(self.client),
        }
    }

    /// Get Orders
    ///
    /// Returns the merchant's orders one page at a time, with the page count in `data.max_page`.
    ///
    /// `GET /api/v2/order/`
    ///
    /// Pages: [`into_stream`](ListOrders::into_stream) on the returned call walks every item.
    pub fn list_orders(&self) -> ListOrders<'a> {
        ListOrders {
            call: Call::new(self.client),
            page: None,
            size: None,
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
            call: Call::new(self.client),
            order_id: order_id.into(),
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
            call: Call::new(self.client),
            order_id: order_id.into(),
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
            call: Call::new(self.client),
            order_id: order_id.into(),
            body: None,
        }
    }

    /// Get Transaction
    ///
    /// Returns the merchant's on-chain transactions one page at a time, with the page count in `data.max_page`.
    ///
    /// `GET /api/v2/tx`
    ///
    /// Pages: [`into_stream`](ListTransactions::into_stream) on the returned call walks every item.
    pub fn list_transactions(&self) -> ListTransactions<'a> {
        ListTransactions {
            call: Call::new(self.client),
            page: None,
            size: None,
        }
    }
}

/// Get Payment URL
///
/// `POST /api/order/pay-url`, started by [`OrderApi::get_payment_url`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPaymentUrl<'a> {
    call: Call<'a>,
    body: crate::models::PaymentUrlRequest,
}

impl<'a> GetPaymentUrl<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::PaymentUrlResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::PaymentUrlResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetPaymentUrl<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetPaymentUrl<'_> {
    type Output = crate::models::PaymentUrlResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/api/order/pay-url",
        security: &[&["apiKey"], &["signature"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.body = paygen_runtime::json_body(&self.body)?;
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Get Payment Info
///
/// `POST /api/order/pay-info`, started by [`OrderApi::get_payment_info`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPaymentInfo<'a> {
    call: Call<'a>,
    body: crate::models::PaymentInfoRequest,
}

impl<'a> GetPaymentInfo<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::PaymentInfoResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::PaymentInfoResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetPaymentInfo<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetPaymentInfo<'_> {
    type Output = crate::models::PaymentInfoResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/api/order/pay-info",
        security: &[&["apiKey"], &["signature"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.body = paygen_runtime::json_body(&self.body)?;
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Get Support Crypto Currency List
///
/// `GET /api/order/pay/crypto-currency`, started by [`OrderApi::list_crypto_currencies`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCryptoCurrencies<'a> {
    call: Call<'a>,
}

impl<'a> ListCryptoCurrencies<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::CryptoCurrencyListResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::CryptoCurrencyListResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for ListCryptoCurrencies<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListCryptoCurrencies<'_> {
    type Output = crate::models::CryptoCurrencyListResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/api/order/pay/crypto-currency",
        security: &[&["apiKey"], &["signature"]],
        idempotent: true,
    };

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Get Support Real Currency List
///
/// `GET /api/order/pay/real-currency`, started by [`OrderApi::list_real_currencies`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListRealCurrencies<'a> {
    call: Call<'a>,
}

impl<'a> ListRealCurrencies<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::RealCurrencyListResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::RealCurrencyListResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for ListRealCurrencies<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListRealCurrencies<'_> {
    type Output = crate::models::RealCurrencyListResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/api/order/pay/real-currency",
        security: &[&["apiKey"], &["signature"]],
        idempotent: true,
    };

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Get Orders
///
/// `GET /api/v2/order/`, started by [`OrderApi::list_orders`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOrders<'a> {
    call: Call<'a>,
    page: Option<i64>,
    size: Option<i64>,
}

impl<'a> ListOrders<'a> {
    /// Query parameter `page`: Page number, starting at 1.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Query parameter `size`: Number of records per page.
    pub fn size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::OrderPageResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::OrderPageResponse>, crate::Error>> + 'a
    {
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
    type Output = crate::models::OrderPageResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/api/v2/order/",
        security: &[&["apiKey"], &["signature"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.page {
            request.query("page", value);
        }
        if let Some(value) = &self.size {
            request.query("size", value);
        }
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

impl paygen_runtime::pagination::Paged for ListOrders<'_> {
    type Item = crate::models::Order;

    fn page_spec() -> paygen_runtime::pagination::PageSpec {
        paygen_runtime::pagination::PageSpec {
            first_page: 1u64,
            items: "/data/data",
            stop: paygen_runtime::pagination::Stop::LastPage("/data/max_page"),
        }
    }

    fn set_page(&mut self, page: u64) {
        self.page = Some(i64::try_from(page).unwrap_or(i64::MAX));
    }

    fn check_page(raw: &paygen_runtime::RawResponse) -> Result<(), crate::Error> {
        if raw.status.is_success() {
            paygen_runtime::check_envelope(raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        Ok(())
    }
}

/// Get Orders Details
///
/// `GET /api/v2/order/detail/{order_id}`, started by [`OrderApi::get_order_details`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrderDetails<'a> {
    call: Call<'a>,
    order_id: String,
}

impl<'a> GetOrderDetails<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::OrderDetailResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::OrderDetailResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetOrderDetails<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetOrderDetails<'_> {
    type Output = crate::models::OrderDetailResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/api/v2/order/detail/{order_id}",
        security: &[&["apiKey"], &["signature"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("order_id", &self.order_id);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Get Orders Refund Info
///
/// `GET /api/v2/order/refund-info/{order_id}`, started by [`OrderApi::get_order_refund_info`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOrderRefundInfo<'a> {
    call: Call<'a>,
    order_id: String,
}

impl<'a> GetOrderRefundInfo<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::OrderRefundInfoResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::OrderRefundInfoResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetOrderRefundInfo<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetOrderRefundInfo<'_> {
    type Output = crate::models::OrderRefundInfoResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/api/v2/order/refund-info/{order_id}",
        security: &[&["apiKey"], &["signature"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("order_id", &self.order_id);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Orders Refund
///
/// `POST /api/v2/order/refund/{order_id}`, started by [`OrderApi::refund_order`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RefundOrder<'a> {
    call: Call<'a>,
    order_id: String,
    body: Option<crate::models::OrderRefundRequest>,
}

impl<'a> RefundOrder<'a> {
    /// Request body, sent as `application/json`: Optional refund details.
    pub fn body(mut self, value: impl Into<crate::models::OrderRefundRequest>) -> Self {
        self.body = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::OrderRefundResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::OrderRefundResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for RefundOrder<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for RefundOrder<'_> {
    type Output = crate::models::OrderRefundResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/api/v2/order/refund/{order_id}",
        security: &[&["apiKey"], &["signature"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("order_id", &self.order_id);
        if let Some(body) = &self.body {
            request.body = paygen_runtime::json_body(body)?;
        }
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Get Transaction
///
/// `GET /api/v2/tx`, started by [`OrderApi::list_transactions`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListTransactions<'a> {
    call: Call<'a>,
    page: Option<i64>,
    size: Option<i64>,
}

impl<'a> ListTransactions<'a> {
    /// Query parameter `page`: Page number, starting at 1.
    ///
    /// **Inferred:** The transaction page documents the paginated response (page, size, total, max_page) but not the query; the same page/size query as Get Orders is assumed.
    pub fn page(mut self, value: i64) -> Self {
        self.page = Some(value);
        self
    }

    /// Query parameter `size`: Number of records per page.
    ///
    /// **Inferred:** Assumed to mirror Get Orders' size parameter (see page).
    pub fn size(mut self, value: i64) -> Self {
        self.size = Some(value);
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::TransactionPageResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::TransactionPageResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }

    /// Walks every page from the first, yielding items one by one. The stream ends after
    /// the last page, on an empty page, or after the first error.
    #[inline]
    pub fn into_stream(
        self,
    ) -> impl Stream<Item = Result<crate::models::Transaction, crate::Error>> + 'a {
        self.call.clone().stream(self)
    }
}

impl paygen_runtime::CallOptions for ListTransactions<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListTransactions<'_> {
    type Output = crate::models::TransactionPageResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/api/v2/tx",
        security: &[&["apiKey"], &["signature"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.page {
            request.query("page", value);
        }
        if let Some(value) = &self.size {
            request.query("size", value);
        }
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

impl paygen_runtime::pagination::Paged for ListTransactions<'_> {
    type Item = crate::models::Transaction;

    fn page_spec() -> paygen_runtime::pagination::PageSpec {
        paygen_runtime::pagination::PageSpec {
            first_page: 1u64,
            items: "/data/data",
            stop: paygen_runtime::pagination::Stop::LastPage("/data/max_page"),
        }
    }

    fn set_page(&mut self, page: u64) {
        self.page = Some(i64::try_from(page).unwrap_or(i64::MAX));
    }

    fn check_page(raw: &paygen_runtime::RawResponse) -> Result<(), crate::Error> {
        if raw.status.is_success() {
            paygen_runtime::check_envelope(raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        Ok(())
    }
}
