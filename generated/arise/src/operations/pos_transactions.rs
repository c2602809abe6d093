use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
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
    /// Pages: use `.into_stream()` to walk every item.
    pub fn list_pos_transactions(&self) -> ListPosTransactions<'a> {
        ListPosTransactions {
            client: self.client,
            page: None,
            page_size: None,
            order_by: None,
            asc: None,
            terminal_id: None,
            options: paygen_runtime::RequestOptions::default(),
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
        body: crate::models::CreatePosTransactionRequest,
    ) -> CreatePosTransaction<'a> {
        CreatePosTransaction {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
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
            client: self.client,
            pos_transactionsid,
            wait_for_transaction_processing: None,
            options: paygen_runtime::RequestOptions::default(),
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
            client: self.client,
            pos_transactionsid,
            options: paygen_runtime::RequestOptions::default(),
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
        body: crate::models::PrintPosTransactionReceiptRequest,
    ) -> PrintPosTransactionReceipt<'a> {
        PrintPosTransactionReceipt {
            client: self.client,
            pos_transaction_id,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `GET /pos-api/v1/pos-transactions` call; finish it with [`send`](ListPosTransactions::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListPosTransactions<'a> {
    client: &'a Client,
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    terminal_id: Option<paygen_runtime::Uuid>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListPosTransactions<'a> {
    /// Zero-based page index.
    ///
    /// Sent as the query parameter `page`.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }
    /// Page size (items per page).
    ///
    /// Sent as the query parameter `pageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Name of the field used to sort the results.
    ///
    /// Sent as the query parameter `orderBy`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Sort order is ascending.
    ///
    /// Sent as the query parameter `asc`.
    pub fn asc(mut self, value: bool) -> Self {
        self.asc = Some(value);
        self
    }
    /// Terminal identifier.
    ///
    /// Sent as the query parameter `terminalId`.
    pub fn terminal_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.terminal_id = Some(value);
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
        if let Some(value) = &self.page_size {
            query.push(("pageSize".to_string(), value.to_param()));
        }
        if let Some(value) = &self.order_by {
            query.push(("orderBy".to_string(), value.to_param()));
        }
        if let Some(value) = &self.asc {
            query.push(("asc".to_string(), value.to_param()));
        }
        if let Some(value) = &self.terminal_id {
            query.push(("terminalId".to_string(), value.to_param()));
        }
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/pos-api/v1/pos-transactions",
            path: "/pos-api/v1/pos-transactions".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::ListPosTransactionsResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::ListPosTransactionsResponse>, crate::Error>
    {
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
    ) -> impl paygen_runtime::futures::Stream<
        Item = Result<crate::models::ListPosTransactionsResponseDto, crate::Error>,
    > + 'a {
        let spec = paygen_runtime::pagination::PageSpec {
            first_page: 0u64,
            items: "/items",
            stop: paygen_runtime::pagination::Stop::TotalItems("/total"),
        };
        paygen_runtime::pagination::stream(spec, move |page: u64| {
            let mut call = self.clone();
            call.page = Some(i32::try_from(page).unwrap_or(i32::MAX));
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
/// A prepared `POST /pos-api/v1/pos-transactions` call; finish it with [`send`](CreatePosTransaction::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreatePosTransaction<'a> {
    client: &'a Client,
    body: crate::models::CreatePosTransactionRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreatePosTransaction<'a> {
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
            path_template: "/pos-api/v1/pos-transactions",
            path: "/pos-api/v1/pos-transactions".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::CreatePosTransactionResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::CreatePosTransactionResponse>, crate::Error>
    {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `GET /pos-api/v1/pos-transactions/{posTransactionsid}` call; finish it with [`send`](GetPosTransaction::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPosTransaction<'a> {
    client: &'a Client,
    pos_transactionsid: paygen_runtime::Uuid,
    wait_for_transaction_processing: Option<bool>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetPosTransaction<'a> {
    /// When true, the call waits until the POS transaction reaches a final status or the wait times out.
    ///
    /// Sent as the query parameter `waitForTransactionProcessing`.
    pub fn wait_for_transaction_processing(mut self, value: bool) -> Self {
        self.wait_for_transaction_processing = Some(value);
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
        if let Some(value) = &self.wait_for_transaction_processing {
            query.push(("waitForTransactionProcessing".to_string(), value.to_param()));
        }
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/pos-api/v1/pos-transactions/{posTransactionsid}",
            path: format!(
                "/pos-api/v1/pos-transactions/{}",
                paygen_runtime::encode_path_segment(&self.pos_transactionsid.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::GetPosTransactionResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::GetPosTransactionResponse>, crate::Error>
    {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /pos-api/v1/pos-transactions/{posTransactionsid}/cancel` call; finish it with [`send`](CancelPosTransaction::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CancelPosTransaction<'a> {
    client: &'a Client,
    pos_transactionsid: paygen_runtime::Uuid,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CancelPosTransaction<'a> {
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
            path_template: "/pos-api/v1/pos-transactions/{posTransactionsid}/cancel",
            path: format!(
                "/pos-api/v1/pos-transactions/{}/cancel",
                paygen_runtime::encode_path_segment(&self.pos_transactionsid.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::CancelPosTransactionResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::CancelPosTransactionResponse>, crate::Error>
    {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /pos-api/v1/pos-transactions/{posTransactionId}/print` call; finish it with [`send`](PrintPosTransactionReceipt::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PrintPosTransactionReceipt<'a> {
    client: &'a Client,
    pos_transaction_id: paygen_runtime::Uuid,
    body: crate::models::PrintPosTransactionReceiptRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> PrintPosTransactionReceipt<'a> {
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
            path_template: "/pos-api/v1/pos-transactions/{posTransactionId}/print",
            path: format!(
                "/pos-api/v1/pos-transactions/{}/print",
                paygen_runtime::encode_path_segment(&self.pos_transaction_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<(), crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(self) -> Result<paygen_runtime::Response<()>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        Ok(paygen_runtime::Response::from_raw(&raw, ()))
    }
}
