use crate::client::Client;

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
    /// Pages: [`into_stream`](crate::client::Call::into_stream) on the returned call walks every item.
    pub fn list_transactions(&self) -> crate::client::Call<'a, ListTransactions> {
        crate::client::Call::new(
            self.client,
            ListTransactions {
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
            },
        )
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
        body: crate::models::TransactionCreateRequest,
    ) -> crate::client::Call<'a, CreateTransaction> {
        crate::client::Call::new(
            self.client,
            CreateTransaction {
                body,
                x_country: None,
                x_currency: None,
            },
        )
    }

    /// Get a transaction
    ///
    /// Returns one transaction including its cards; a failed transaction carries the reasons in `errors`.
    ///
    /// `GET /transactions/{id}`
    ///
    /// # Arguments
    /// - `id` (`id`): Transaction identifier.
    pub fn get_transaction(
        &self,
        id: impl Into<String>,
    ) -> crate::client::Call<'a, GetTransaction> {
        crate::client::Call::new(self.client, GetTransaction { id: id.into() })
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
        body: crate::models::TransactionUpdateRequest,
    ) -> crate::client::Call<'a, UpdateTransaction> {
        crate::client::Call::new(
            self.client,
            UpdateTransaction {
                id: id.into(),
                body,
            },
        )
    }
}

/// The parameters of `GET /transactions`, set on the [`Call`](crate::client::Call) that [`list_transactions`](TransactionsApi::list_transactions) returns.
#[derive(Clone, Debug)]
pub struct ListTransactions {
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

impl crate::client::Call<'_, ListTransactions> {
    /// Only the transactions with these ids.
    ///
    /// **Inferred:** The document does not say how the array is serialised; comma-separated like the brand `ids` filter.
    ///
    /// Sent as the query parameter `ids`.
    pub fn ids(mut self, value: Vec<String>) -> Self {
        self.op.ids = Some(value);
        self
    }

    /// Only transactions of this customer (your id). Ignored for customer-token clients.
    ///
    /// Sent as the query parameter `customer[id]`.
    pub fn customer_id(mut self, value: impl Into<String>) -> Self {
        self.op.customer_id = Some(value.into());
        self
    }

    /// Only the transaction with this client order id.
    ///
    /// Sent as the query parameter `client_order_id`.
    pub fn client_order_id(mut self, value: impl Into<String>) -> Self {
        self.op.client_order_id = Some(value.into());
        self
    }

    /// Only transactions in this state.
    ///
    /// Sent as the query parameter `state`.
    pub fn state(mut self, value: crate::models::TransactionState) -> Self {
        self.op.state = Some(value);
        self
    }

    /// Earliest creation time (RFC 3339, UTC preferred). Must be sent together with `date_range.end`, not after it and at most 90 days before it.
    ///
    /// Sent as the query parameter `date_range.start`.
    pub fn date_range_start(mut self, value: paygen_runtime::DateTime) -> Self {
        self.op.date_range_start = Some(value);
        self
    }

    /// Latest creation time (RFC 3339, UTC preferred). Must be sent together with `date_range.start`.
    ///
    /// Sent as the query parameter `date_range.end`.
    pub fn date_range_end(mut self, value: paygen_runtime::DateTime) -> Self {
        self.op.date_range_end = Some(value);
        self
    }

    /// Zero-based page index (5 returns the sixth page).
    ///
    /// Sent as the query parameter `page[number]`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.op.page_number = Some(value);
        self
    }

    /// Results per page, at most 500.
    ///
    /// Sent as the query parameter `page[size]`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.op.page_size = Some(value);
        self
    }

    /// Field to sort by.
    ///
    /// Sent as the query parameter `sort_by`.
    pub fn sort_by(mut self, value: crate::models::ListTransactionsSortBy) -> Self {
        self.op.sort_by = Some(value);
        self
    }

    /// Sort direction.
    ///
    /// Sent as the query parameter `sort[order]`.
    pub fn sort_order(mut self, value: crate::models::SortOrder) -> Self {
        self.op.sort_order = Some(value);
        self
    }
}

impl paygen_runtime::Operation for ListTransactions {
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

impl paygen_runtime::pagination::Paged for ListTransactions {
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

/// The parameters of `POST /transactions`, set on the [`Call`](crate::client::Call) that [`create_transaction`](TransactionsApi::create_transaction) returns.
#[derive(Clone, Debug)]
pub struct CreateTransaction {
    x_country: Option<String>,
    x_currency: Option<String>,
    body: crate::models::TransactionCreateRequest,
}

impl crate::client::Call<'_, CreateTransaction> {
    /// ISO 3166-1 alpha-2 country code giving the context of the request; US when absent.
    ///
    /// Sent as the header parameter `X-Country`.
    pub fn x_country(mut self, value: impl Into<String>) -> Self {
        self.op.x_country = Some(value.into());
        self
    }

    /// ISO 4217 currency code giving the context of the request; USD when absent.
    ///
    /// Sent as the header parameter `X-Currency`.
    pub fn x_currency(mut self, value: impl Into<String>) -> Self {
        self.op.x_currency = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for CreateTransaction {
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

/// The parameters of `GET /transactions/{id}`, set on the [`Call`](crate::client::Call) that [`get_transaction`](TransactionsApi::get_transaction) returns.
#[derive(Clone, Debug)]
pub struct GetTransaction {
    id: String,
}

impl paygen_runtime::Operation for GetTransaction {
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

/// The parameters of `PATCH /transactions/{id}`, set on the [`Call`](crate::client::Call) that [`update_transaction`](TransactionsApi::update_transaction) returns.
#[derive(Clone, Debug)]
pub struct UpdateTransaction {
    id: String,
    body: crate::models::TransactionUpdateRequest,
}

impl paygen_runtime::Operation for UpdateTransaction {
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
