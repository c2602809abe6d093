use crate::client::{Call, Client};
use paygen_runtime::Response;
use paygen_runtime::futures::Stream;
use std::future::Future;

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
    /// Pages: [`into_stream`](ListPosTransactions::into_stream) on the returned call walks every item.
    pub fn list_pos_transactions(&self) -> ListPosTransactions<'a> {
        ListPosTransactions {
            call: Call::new(self.client),
            page: None,
            page_size: None,
            order_by: None,
            asc: None,
            terminal_id: None,
        }
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
        body: impl Into<crate::models::CreatePosTransactionRequest>,
    ) -> CreatePosTransaction<'a> {
        CreatePosTransaction {
            call: Call::new(self.client),
            body: body.into(),
        }
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
    ) -> GetPosTransaction<'a> {
        GetPosTransaction {
            call: Call::new(self.client),
            pos_transactionsid,
            wait_for_transaction_processing: None,
        }
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
    ) -> CancelPosTransaction<'a> {
        CancelPosTransaction {
            call: Call::new(self.client),
            pos_transactionsid,
        }
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
        body: impl Into<crate::models::PrintPosTransactionReceiptRequest>,
    ) -> PrintPosTransactionReceipt<'a> {
        PrintPosTransactionReceipt {
            call: Call::new(self.client),
            pos_transaction_id,
            body: body.into(),
        }
    }
}

/// List the merchant's POS transactions
///
/// `GET /pos-api/v1/pos-transactions`, started by [`PosTransactionsApi::list_pos_transactions`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListPosTransactions<'a> {
    call: Call<'a>,
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    terminal_id: Option<paygen_runtime::Uuid>,
}

impl<'a> ListPosTransactions<'a> {
    /// Query parameter `page`: Zero-based page index.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }

    /// Query parameter `pageSize`: Page size (items per page).
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }

    /// Query parameter `orderBy`: Name of the field used to sort the results.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }

    /// Query parameter `asc`: Sort order is ascending.
    pub fn asc(mut self, value: bool) -> Self {
        self.asc = Some(value);
        self
    }

    /// Query parameter `terminalId`: Terminal identifier.
    pub fn terminal_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.terminal_id = Some(value);
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::ListPosTransactionsResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::ListPosTransactionsResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }

    /// Walks every page from the first, yielding items one by one. The stream ends after
    /// the last page, on an empty page, or after the first error.
    #[inline]
    pub fn into_stream(
        self,
    ) -> impl Stream<Item = Result<crate::models::ListPosTransactionsResponseDto, crate::Error>> + 'a
    {
        self.call.clone().stream(self)
    }
}

impl paygen_runtime::CallOptions for ListPosTransactions<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListPosTransactions<'_> {
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

impl paygen_runtime::pagination::Paged for ListPosTransactions<'_> {
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

/// Start a POS transaction on a terminal
///
/// `POST /pos-api/v1/pos-transactions`, started by [`PosTransactionsApi::create_pos_transaction`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreatePosTransaction<'a> {
    call: Call<'a>,
    body: crate::models::CreatePosTransactionRequest,
}

impl<'a> CreatePosTransaction<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::CreatePosTransactionResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::CreatePosTransactionResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreatePosTransaction<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreatePosTransaction<'_> {
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

/// Get a POS transaction
///
/// `GET /pos-api/v1/pos-transactions/{posTransactionsid}`, started by [`PosTransactionsApi::get_pos_transaction`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPosTransaction<'a> {
    call: Call<'a>,
    pos_transactionsid: paygen_runtime::Uuid,
    wait_for_transaction_processing: Option<bool>,
}

impl<'a> GetPosTransaction<'a> {
    /// Query parameter `waitForTransactionProcessing`: When true, the call waits until the POS transaction reaches a final status or the wait times out.
    pub fn wait_for_transaction_processing(mut self, value: bool) -> Self {
        self.wait_for_transaction_processing = Some(value);
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::GetPosTransactionResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::GetPosTransactionResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetPosTransaction<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetPosTransaction<'_> {
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

/// Cancel a POS transaction
///
/// `POST /pos-api/v1/pos-transactions/{posTransactionsid}/cancel`, started by [`PosTransactionsApi::cancel_pos_transaction`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CancelPosTransaction<'a> {
    call: Call<'a>,
    pos_transactionsid: paygen_runtime::Uuid,
}

impl<'a> CancelPosTransaction<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::CancelPosTransactionResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::CancelPosTransactionResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CancelPosTransaction<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CancelPosTransaction<'_> {
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

/// Print a POS transaction receipt
///
/// `POST /pos-api/v1/pos-transactions/{posTransactionId}/print`, started by [`PosTransactionsApi::print_pos_transaction_receipt`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PrintPosTransactionReceipt<'a> {
    call: Call<'a>,
    pos_transaction_id: paygen_runtime::Uuid,
    body: crate::models::PrintPosTransactionReceiptRequest,
}

impl<'a> PrintPosTransactionReceipt<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<(), crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<()>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for PrintPosTransactionReceipt<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for PrintPosTransactionReceipt<'_> {
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
