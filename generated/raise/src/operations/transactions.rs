use crate::client::{Call, Client};
use paygen_runtime::Response;
use paygen_runtime::futures::Stream;
use std::future::Future;

/// Gift card orders.
#[derive(Clone, Copy, Debug)]
pub struct TransactionsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> TransactionsApi<'a> {
    /// List transactions
    ///
    /// Pages through transactions with optional filters and sorting. The listed transactions do not include their cards; fetch a single transaction for those. Customer-token clients only see their own customer's transactions.
    ///
    /// `GET /transactions`
    ///
    /// Pages: [`into_stream`](ListTransactions::into_stream) on the returned call walks every item.
    pub fn list_transactions(&self) -> ListTransactions<'a> {
        ListTransactions {
            call: Call::new(self.client),
            ids: None,
            customer_id: None,
            client_order_id: None,
            state: None,
            date_range_start: None,
            date_range_end: None,
            page_number: None,
            page_size: None,
            sort_by: None,
            sort_order: None,
        }
    }

    /// Buy gift cards
    ///
    /// Places a gift card order paid from the client's fund. `X-Country` and `X-Currency` must match the brand's country and currency, otherwise the call fails with `ErrCodeBadRequest`. `client_order_id` makes the call idempotent: Raise stores the first outcome for that id (errors included) and replays it on repeats, so a retry after a timeout or 5xx cannot buy twice.
    ///
    /// `POST /transactions`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    ///
    /// Retried on transient failures only when the body's `client_order_id` is set and not empty: the key makes a retry safe. Without it the request is sent once.
    pub fn create_transaction(
        &self,
        body: impl Into<crate::models::TransactionCreateRequest>,
    ) -> CreateTransaction<'a> {
        CreateTransaction {
            call: Call::new(self.client),
            x_country: self.client.defaults.x_country.clone(),
            x_currency: self.client.defaults.x_currency.clone(),
            body: body.into(),
        }
    }

    /// Get a transaction
    ///
    /// Returns one transaction including its cards; a failed transaction carries the reasons in `errors`.
    ///
    /// `GET /transactions/{id}`
    ///
    /// # Arguments
    /// - `id` (`id`): Transaction identifier.
    pub fn get_transaction(&self, id: impl Into<String>) -> GetTransaction<'a> {
        GetTransaction {
            call: Call::new(self.client),
            id: id.into(),
        }
    }

    /// Update a transaction
    ///
    /// Changes an existing transaction. Only the changelog (2024-08-20) mentions this call; its purpose is not documented. The request body and response here follow the research notes: a public client sends the order's `cards`, and the answer is assumed to be the transaction.
    ///
    /// **Inferred:** Named only in the changelog; path, body and response come from a public client seen in the research notes, and the response is assumed to match the single-transaction call.
    ///
    /// `PATCH /transactions/{id}`
    ///
    /// # Arguments
    /// - `id` (`id`): Transaction identifier.
    /// - `body`: the request body (application/json)
    pub fn update_transaction(
        &self,
        id: impl Into<String>,
        body: impl Into<crate::models::TransactionUpdateRequest>,
    ) -> UpdateTransaction<'a> {
        UpdateTransaction {
            call: Call::new(self.client),
            id: id.into(),
            body: body.into(),
        }
    }
}

/// List transactions
///
/// `GET /transactions`, started by [`TransactionsApi::list_transactions`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListTransactions<'a> {
    call: Call<'a>,
    ids: Option<Vec<String>>,
    customer_id: Option<String>,
    client_order_id: Option<String>,
    state: Option<crate::models::TransactionState>,
    date_range_start: Option<paygen_runtime::DateTime>,
    date_range_end: Option<paygen_runtime::DateTime>,
    page_number: Option<i32>,
    page_size: Option<i32>,
    sort_by: Option<crate::models::ListTransactionsSortBy>,
    sort_order: Option<crate::models::SortOrder>,
}

impl<'a> ListTransactions<'a> {
    /// Query parameter `ids`: Only the transactions with these ids.
    ///
    /// **Inferred:** The document does not say how the array is serialised; comma-separated like the brand `ids` filter.
    pub fn ids(mut self, value: Vec<String>) -> Self {
        self.ids = Some(value);
        self
    }

    /// Query parameter `customer[id]`: Only transactions of this customer (your id). Ignored for customer-token clients.
    pub fn customer_id(mut self, value: impl Into<String>) -> Self {
        self.customer_id = Some(value.into());
        self
    }

    /// Query parameter `client_order_id`: Only the transaction with this client order id.
    pub fn client_order_id(mut self, value: impl Into<String>) -> Self {
        self.client_order_id = Some(value.into());
        self
    }

    /// Query parameter `state`: Only transactions in this state.
    pub fn state(mut self, value: impl Into<crate::models::TransactionState>) -> Self {
        self.state = Some(value.into());
        self
    }

    /// Query parameter `date_range.start`: Earliest creation time (RFC 3339, UTC preferred). Must be sent together with `date_range.end`, not after it and at most 90 days before it.
    pub fn date_range_start(mut self, value: impl Into<paygen_runtime::DateTime>) -> Self {
        self.date_range_start = Some(value.into());
        self
    }

    /// Query parameter `date_range.end`: Latest creation time (RFC 3339, UTC preferred). Must be sent together with `date_range.start`.
    pub fn date_range_end(mut self, value: impl Into<paygen_runtime::DateTime>) -> Self {
        self.date_range_end = Some(value.into());
        self
    }

    /// Query parameter `page[number]`: Zero-based page index (5 returns the sixth page).
    pub fn page_number(mut self, value: i32) -> Self {
        self.page_number = Some(value);
        self
    }

    /// Query parameter `page[size]`: Results per page, at most 500.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }

    /// Query parameter `sort_by`: Field to sort by.
    pub fn sort_by(mut self, value: impl Into<crate::models::ListTransactionsSortBy>) -> Self {
        self.sort_by = Some(value.into());
        self
    }

    /// Query parameter `sort[order]`: Sort direction.
    pub fn sort_order(mut self, value: impl Into<crate::models::SortOrder>) -> Self {
        self.sort_order = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::TransactionListDocument, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::TransactionListDocument>, crate::Error>> + 'a
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
    type Output = crate::models::TransactionListDocument;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/transactions",
        security: &[&["bearerAuth"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.ids {
            request.query("ids", value);
        }
        if let Some(value) = &self.customer_id {
            request.query("customer[id]", value);
        }
        if let Some(value) = &self.client_order_id {
            request.query("client_order_id", value);
        }
        if let Some(value) = &self.state {
            request.query("state", value);
        }
        if let Some(value) = &self.date_range_start {
            request.query("date_range.start", value);
        }
        if let Some(value) = &self.date_range_end {
            request.query("date_range.end", value);
        }
        if let Some(value) = &self.page_number {
            request.query("page[number]", value);
        }
        if let Some(value) = &self.page_size {
            request.query("page[size]", value);
        }
        if let Some(value) = &self.sort_by {
            request.query("sort_by", value);
        }
        if let Some(value) = &self.sort_order {
            request.query("sort[order]", value);
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

impl paygen_runtime::pagination::Paged for ListTransactions<'_> {
    type Item = crate::models::Transaction;

    fn page_spec() -> paygen_runtime::pagination::PageSpec {
        paygen_runtime::pagination::PageSpec {
            first_page: 0u64,
            items: "/data",
            stop: paygen_runtime::pagination::Stop::TotalItems("/meta/total_results"),
        }
    }

    fn set_page(&mut self, page: u64) {
        self.page_number = Some(i32::try_from(page).unwrap_or(i32::MAX));
    }
}

/// Buy gift cards
///
/// `POST /transactions`, started by [`TransactionsApi::create_transaction`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateTransaction<'a> {
    call: Call<'a>,
    x_country: Option<String>,
    x_currency: Option<String>,
    body: crate::models::TransactionCreateRequest,
}

impl<'a> CreateTransaction<'a> {
    /// Header parameter `X-Country`: ISO 3166-1 alpha-2 country code giving the context of the request; US when absent.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_country`](crate::ClientBuilder::x_country).
    pub fn x_country(mut self, value: impl Into<String>) -> Self {
        self.x_country = Some(value.into());
        self
    }

    /// Header parameter `X-Currency`: ISO 4217 currency code giving the context of the request; USD when absent.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_currency`](crate::ClientBuilder::x_currency).
    pub fn x_currency(mut self, value: impl Into<String>) -> Self {
        self.x_currency = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::TransactionDocument, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::TransactionDocument>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateTransaction<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateTransaction<'_> {
    type Output = crate::models::TransactionDocument;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/transactions",
        security: &[&["bearerAuth"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.x_country {
            request.header("X-Country", value);
        }
        if let Some(value) = &self.x_currency {
            request.header("X-Currency", value);
        }
        request.body = paygen_runtime::json_body(&self.body)?;
        request.idempotent_with_key("/data/attributes/client_order_id");
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Get a transaction
///
/// `GET /transactions/{id}`, started by [`TransactionsApi::get_transaction`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetTransaction<'a> {
    call: Call<'a>,
    id: String,
}

impl<'a> GetTransaction<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::TransactionDocument, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::TransactionDocument>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetTransaction<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetTransaction<'_> {
    type Output = crate::models::TransactionDocument;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/transactions/{id}",
        security: &[&["bearerAuth"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("id", &self.id);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Update a transaction
///
/// `PATCH /transactions/{id}`, started by [`TransactionsApi::update_transaction`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateTransaction<'a> {
    call: Call<'a>,
    id: String,
    body: crate::models::TransactionUpdateRequest,
}

impl<'a> UpdateTransaction<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::TransactionDocument, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::TransactionDocument>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for UpdateTransaction<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for UpdateTransaction<'_> {
    type Output = crate::models::TransactionDocument;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PATCH,
        path: "/transactions/{id}",
        security: &[&["bearerAuth"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("id", &self.id);
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
