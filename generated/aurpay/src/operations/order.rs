use crate::client::Client;

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
        body: crate::models::PaymentUrlRequest,
    ) -> crate::client::Call<'a, GetPaymentUrl> {
        crate::client::Call::new(self.client, GetPaymentUrl { body })
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
        body: crate::models::PaymentInfoRequest,
    ) -> crate::client::Call<'a, GetPaymentInfo> {
        crate::client::Call::new(self.client, GetPaymentInfo { body })
    }

    /// Get Support Crypto Currency List
    ///
    /// Lists the chains and cryptocurrencies that can be used for `chain` / `currency` when creating an order.
    ///
    /// **Inferred:** The path was not retrieved; it is the sibling of the documented /api/order/pay/real-currency. GET is shown in the docs sidebar.
    ///
    /// `GET /api/order/pay/crypto-currency`
    pub fn list_crypto_currencies(&self) -> crate::client::Call<'a, ListCryptoCurrencies> {
        crate::client::Call::new(self.client, ListCryptoCurrencies {})
    }

    /// Get Support Real Currency List
    ///
    /// Lists the fiat currencies accepted as `currency` (Get Payment URL, BLN order) and `vs_currency` (Get Payment Info).
    ///
    /// `GET /api/order/pay/real-currency`
    pub fn list_real_currencies(&self) -> crate::client::Call<'a, ListRealCurrencies> {
        crate::client::Call::new(self.client, ListRealCurrencies {})
    }

    /// Get Orders
    ///
    /// Returns the merchant's orders one page at a time, with the page count in `data.max_page`.
    ///
    /// `GET /api/v2/order/`
    ///
    /// Pages: [`into_stream`](crate::client::Call::into_stream) on the returned call walks every item.
    pub fn list_orders(&self) -> crate::client::Call<'a, ListOrders> {
        crate::client::Call::new(
            self.client,
            ListOrders {
                page: None,
                size: None,
            },
        )
    }

    /// Get Orders Details
    ///
    /// Fetches a single order, including the data of its payment transaction once one exists.
    ///
    /// `GET /api/v2/order/detail/{order_id}`
    ///
    /// # Arguments
    /// - `order_id` (`order_id`): Aurpay order id.
    pub fn get_order_details(
        &self,
        order_id: impl Into<String>,
    ) -> crate::client::Call<'a, GetOrderDetails> {
        crate::client::Call::new(
            self.client,
            GetOrderDetails {
                order_id: order_id.into(),
            },
        )
    }

    /// Get Orders Refund Info
    ///
    /// Shows what a refund of the order would return (chain, cryptocurrency and amount).
    ///
    /// `GET /api/v2/order/refund-info/{order_id}`
    ///
    /// # Arguments
    /// - `order_id` (`order_id`): Aurpay order id.
    pub fn get_order_refund_info(
        &self,
        order_id: impl Into<String>,
    ) -> crate::client::Call<'a, GetOrderRefundInfo> {
        crate::client::Call::new(
            self.client,
            GetOrderRefundInfo {
                order_id: order_id.into(),
            },
        )
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
    pub fn refund_order(
        &self,
        order_id: impl Into<String>,
    ) -> crate::client::Call<'a, RefundOrder> {
        crate::client::Call::new(
            self.client,
            RefundOrder {
                order_id: order_id.into(),
                body: None,
            },
        )
    }

    /// Get Transaction
    ///
    /// Returns the merchant's on-chain transactions one page at a time, with the page count in `data.max_page`.
    ///
    /// `GET /api/v2/tx`
    ///
    /// Pages: [`into_stream`](crate::client::Call::into_stream) on the returned call walks every item.
    pub fn list_transactions(&self) -> crate::client::Call<'a, ListTransactions> {
        crate::client::Call::new(
            self.client,
            ListTransactions {
                page: None,
                size: None,
            },
        )
    }
}

/// The parameters of `POST /api/order/pay-url`, set on the [`Call`](crate::client::Call) that [`get_payment_url`](OrderApi::get_payment_url) returns.
#[derive(Clone, Debug)]
pub struct GetPaymentUrl {
    body: crate::models::PaymentUrlRequest,
}

impl paygen_runtime::Operation for GetPaymentUrl {
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

/// The parameters of `POST /api/order/pay-info`, set on the [`Call`](crate::client::Call) that [`get_payment_info`](OrderApi::get_payment_info) returns.
#[derive(Clone, Debug)]
pub struct GetPaymentInfo {
    body: crate::models::PaymentInfoRequest,
}

impl paygen_runtime::Operation for GetPaymentInfo {
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

/// The parameters of `GET /api/order/pay/crypto-currency`, set on the [`Call`](crate::client::Call) that [`list_crypto_currencies`](OrderApi::list_crypto_currencies) returns.
#[derive(Clone, Debug)]
pub struct ListCryptoCurrencies {}

impl paygen_runtime::Operation for ListCryptoCurrencies {
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

/// The parameters of `GET /api/order/pay/real-currency`, set on the [`Call`](crate::client::Call) that [`list_real_currencies`](OrderApi::list_real_currencies) returns.
#[derive(Clone, Debug)]
pub struct ListRealCurrencies {}

impl paygen_runtime::Operation for ListRealCurrencies {
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

/// The parameters of `GET /api/v2/order/`, set on the [`Call`](crate::client::Call) that [`list_orders`](OrderApi::list_orders) returns.
#[derive(Clone, Debug)]
pub struct ListOrders {
    page: Option<i64>,
    size: Option<i64>,
}

impl crate::client::Call<'_, ListOrders> {
    /// Page number, starting at 1.
    ///
    /// Sent as the query parameter `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.op.page = Some(value);
        self
    }

    /// Number of records per page.
    ///
    /// Sent as the query parameter `size`.
    pub fn size(mut self, value: i64) -> Self {
        self.op.size = Some(value);
        self
    }
}

impl paygen_runtime::Operation for ListOrders {
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

impl paygen_runtime::pagination::Paged for ListOrders {
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

/// The parameters of `GET /api/v2/order/detail/{order_id}`, set on the [`Call`](crate::client::Call) that [`get_order_details`](OrderApi::get_order_details) returns.
#[derive(Clone, Debug)]
pub struct GetOrderDetails {
    order_id: String,
}

impl paygen_runtime::Operation for GetOrderDetails {
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

/// The parameters of `GET /api/v2/order/refund-info/{order_id}`, set on the [`Call`](crate::client::Call) that [`get_order_refund_info`](OrderApi::get_order_refund_info) returns.
#[derive(Clone, Debug)]
pub struct GetOrderRefundInfo {
    order_id: String,
}

impl paygen_runtime::Operation for GetOrderRefundInfo {
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

/// The parameters of `POST /api/v2/order/refund/{order_id}`, set on the [`Call`](crate::client::Call) that [`refund_order`](OrderApi::refund_order) returns.
#[derive(Clone, Debug)]
pub struct RefundOrder {
    order_id: String,
    body: Option<crate::models::OrderRefundRequest>,
}

impl crate::client::Call<'_, RefundOrder> {
    /// Sets the request body.
    pub fn body(mut self, value: crate::models::OrderRefundRequest) -> Self {
        self.op.body = Some(value);
        self
    }
}

impl paygen_runtime::Operation for RefundOrder {
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

/// The parameters of `GET /api/v2/tx`, set on the [`Call`](crate::client::Call) that [`list_transactions`](OrderApi::list_transactions) returns.
#[derive(Clone, Debug)]
pub struct ListTransactions {
    page: Option<i64>,
    size: Option<i64>,
}

impl crate::client::Call<'_, ListTransactions> {
    /// Page number, starting at 1.
    ///
    /// **Inferred:** The transaction page documents the paginated response (page, size, total, max_page) but not the query; the same page/size query as Get Orders is assumed.
    ///
    /// Sent as the query parameter `page`.
    pub fn page(mut self, value: i64) -> Self {
        self.op.page = Some(value);
        self
    }

    /// Number of records per page.
    ///
    /// **Inferred:** Assumed to mirror Get Orders' size parameter (see page).
    ///
    /// Sent as the query parameter `size`.
    pub fn size(mut self, value: i64) -> Self {
        self.op.size = Some(value);
        self
    }
}

impl paygen_runtime::Operation for ListTransactions {
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

impl paygen_runtime::pagination::Paged for ListTransactions {
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
