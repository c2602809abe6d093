use crate::client::Client;

/// Transactions driven on physical payment terminals.
#[derive(Clone, Copy, Debug)]
pub struct PosTransactionsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> PosTransactionsApi<'a> {
    /// List the merchant's POS transactions
    ///
    /// Returns one page of POS (terminal) transactions of the current merchant, optionally for one terminal.
    ///
    /// `GET /pos-api/v1/pos-transactions`
    ///
    /// Pages: [`into_stream`](crate::client::Call::into_stream) on the returned call walks every item.
    pub fn list_pos_transactions(&self) -> crate::client::Call<'a, ListPosTransactions> {
        crate::client::Call::new(
            self.client,
            ListPosTransactions {
                page: None,
                page_size: None,
                order_by: None,
                asc: None,
                terminal_id: None,
            },
        )
    }

    /// Start a POS transaction on a terminal
    ///
    /// Sends a transaction to a physical terminal; optionally waits until the terminal accepts it.
    ///
    /// `POST /pos-api/v1/pos-transactions`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_pos_transaction(
        &self,
        body: crate::models::CreatePosTransactionRequest,
    ) -> crate::client::Call<'a, CreatePosTransaction> {
        crate::client::Call::new(self.client, CreatePosTransaction { body })
    }

    /// Get a POS transaction
    ///
    /// Returns the state of a POS transaction; can long-poll until the terminal finished processing.
    ///
    /// `GET /pos-api/v1/pos-transactions/{posTransactionsid}`
    ///
    /// # Arguments
    /// - `pos_transactionsid` (`posTransactionsid`): ID of POS transaction
    pub fn get_pos_transaction(
        &self,
        pos_transactionsid: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, GetPosTransaction> {
        crate::client::Call::new(
            self.client,
            GetPosTransaction {
                pos_transactionsid,
                wait_for_transaction_processing: None,
            },
        )
    }

    /// Cancel a POS transaction
    ///
    /// Asks the terminal to abort a POS transaction that is still in progress.
    ///
    /// `POST /pos-api/v1/pos-transactions/{posTransactionsid}/cancel`
    ///
    /// # Arguments
    /// - `pos_transactionsid` (`posTransactionsid`): ID of POS transaction
    pub fn cancel_pos_transaction(
        &self,
        pos_transactionsid: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, CancelPosTransaction> {
        crate::client::Call::new(self.client, CancelPosTransaction { pos_transactionsid })
    }

    /// Print a POS transaction receipt
    ///
    /// Prints the receipt of a POS transaction on a terminal.
    ///
    /// `POST /pos-api/v1/pos-transactions/{posTransactionId}/print`
    ///
    /// # Arguments
    /// - `pos_transaction_id` (`posTransactionId`): ID of POS transaction
    /// - `body`: the request body (application/json)
    pub fn print_pos_transaction_receipt(
        &self,
        pos_transaction_id: paygen_runtime::Uuid,
        body: crate::models::PrintPosTransactionReceiptRequest,
    ) -> crate::client::Call<'a, PrintPosTransactionReceipt> {
        crate::client::Call::new(
            self.client,
            PrintPosTransactionReceipt {
                pos_transaction_id,
                body,
            },
        )
    }
}

/// The parameters of `GET /pos-api/v1/pos-transactions`, set on the [`Call`](crate::client::Call) that [`list_pos_transactions`](PosTransactionsApi::list_pos_transactions) returns.
#[derive(Clone, Debug)]
pub struct ListPosTransactions {
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    terminal_id: Option<paygen_runtime::Uuid>,
}

impl crate::client::Call<'_, ListPosTransactions> {
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

    /// Terminal identifier.
    ///
    /// Sent as the query parameter `terminalId`.
    pub fn terminal_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.op.terminal_id = Some(value);
        self
    }
}

impl paygen_runtime::Operation for ListPosTransactions {
    type Output = crate::models::ListPosTransactionsResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pos-api/v1/pos-transactions",
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
        if let Some(value) = &self.terminal_id {
            request.query("terminalId", value);
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

impl paygen_runtime::pagination::Paged for ListPosTransactions {
    type Item = crate::models::ListPosTransactionsResponseDto;

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

/// The parameters of `POST /pos-api/v1/pos-transactions`, set on the [`Call`](crate::client::Call) that [`create_pos_transaction`](PosTransactionsApi::create_pos_transaction) returns.
#[derive(Clone, Debug)]
pub struct CreatePosTransaction {
    body: crate::models::CreatePosTransactionRequest,
}

impl paygen_runtime::Operation for CreatePosTransaction {
    type Output = crate::models::CreatePosTransactionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pos-api/v1/pos-transactions",
        security: &[&["Bearer"]],
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
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// The parameters of `GET /pos-api/v1/pos-transactions/{posTransactionsid}`, set on the [`Call`](crate::client::Call) that [`get_pos_transaction`](PosTransactionsApi::get_pos_transaction) returns.
#[derive(Clone, Debug)]
pub struct GetPosTransaction {
    pos_transactionsid: paygen_runtime::Uuid,
    wait_for_transaction_processing: Option<bool>,
}

impl crate::client::Call<'_, GetPosTransaction> {
    /// When true, the call waits until the POS transaction reaches a final status or the wait times out.
    ///
    /// Sent as the query parameter `waitForTransactionProcessing`.
    pub fn wait_for_transaction_processing(mut self, value: bool) -> Self {
        self.op.wait_for_transaction_processing = Some(value);
        self
    }
}

impl paygen_runtime::Operation for GetPosTransaction {
    type Output = crate::models::GetPosTransactionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pos-api/v1/pos-transactions/{posTransactionsid}",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("posTransactionsid", &self.pos_transactionsid);
        if let Some(value) = &self.wait_for_transaction_processing {
            request.query("waitForTransactionProcessing", value);
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

/// The parameters of `POST /pos-api/v1/pos-transactions/{posTransactionsid}/cancel`, set on the [`Call`](crate::client::Call) that [`cancel_pos_transaction`](PosTransactionsApi::cancel_pos_transaction) returns.
#[derive(Clone, Debug)]
pub struct CancelPosTransaction {
    pos_transactionsid: paygen_runtime::Uuid,
}

impl paygen_runtime::Operation for CancelPosTransaction {
    type Output = crate::models::CancelPosTransactionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pos-api/v1/pos-transactions/{posTransactionsid}/cancel",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("posTransactionsid", &self.pos_transactionsid);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// The parameters of `POST /pos-api/v1/pos-transactions/{posTransactionId}/print`, set on the [`Call`](crate::client::Call) that [`print_pos_transaction_receipt`](PosTransactionsApi::print_pos_transaction_receipt) returns.
#[derive(Clone, Debug)]
pub struct PrintPosTransactionReceipt {
    pos_transaction_id: paygen_runtime::Uuid,
    body: crate::models::PrintPosTransactionReceiptRequest,
}

impl paygen_runtime::Operation for PrintPosTransactionReceipt {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pos-api/v1/pos-transactions/{posTransactionId}/print",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("posTransactionId", &self.pos_transaction_id);
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
