use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Card transactions: authorize, sale, capture, refund, void, tips, settlement and receipts.
#[derive(Clone, Copy, Debug)]
pub struct TransactionsApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> TransactionsApi<'a> {
    /// List transactions
    ///
    /// Returns one page of card and ACH transactions of the current merchant, filtered by creation method, creator and settlement batch.
    ///
    /// `GET /pay-api/v1/transactions`
    ///
    /// Pages: use `.into_stream()` to walk every item.
    pub fn list_transactions(&self) -> ListTransactions<'a> {
        ListTransactions {
            client: self.client,
            page: None,
            page_size: None,
            order_by: None,
            asc: None,
            create_method_id: None,
            created_by_id: None,
            batch_id: None,
            no_batch: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Get a transaction
    ///
    /// Returns the full receipt of one transaction: amounts, processor, card or bank details, available follow-up operations, AVS and EMV data.
    ///
    /// `GET /pay-api/v1/transactions/{transactionId}`
    ///
    /// # Arguments
    /// - `transaction_id` (`transactionId`): Transaction identifier.
    pub fn get_transaction(&self, transaction_id: paygen_runtime::Uuid) -> GetTransaction<'a> {
        GetTransaction {
            client: self.client,
            transaction_id,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Authorize a card payment
    ///
    /// Reserves funds on a card without capturing them. Declines are reported in the body (status and details.code), not as HTTP errors.
    ///
    /// `POST /pay-api/v1/transactions/auth`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn authorize_transaction(
        &self,
        body: crate::models::AuthorizeTransactionRequest,
    ) -> AuthorizeTransaction<'a> {
        AuthorizeTransaction {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Run a card sale (authorize and capture)
    ///
    /// Authorizes and captures a card payment in one step. Declines are reported in the body.
    ///
    /// `POST /pay-api/v1/transactions/sale`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_sale(&self, body: crate::models::CreateSaleRequest) -> CreateSale<'a> {
        CreateSale {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Capture an authorization
    ///
    /// Captures a previously authorized card transaction, optionally for a different amount or with a tip.
    ///
    /// `POST /pay-api/v1/transactions/capture`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn capture_transaction(
        &self,
        body: crate::models::CaptureTransactionRequest,
    ) -> CaptureTransaction<'a> {
        CaptureTransaction {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Refund a transaction
    ///
    /// Refunds all or part of an earlier card transaction.
    ///
    /// `POST /pay-api/v1/transactions/return`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn refund_transaction(
        &self,
        body: crate::models::RefundTransactionRequest,
    ) -> RefundTransaction<'a> {
        RefundTransaction {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Refund a card without a reference transaction
    ///
    /// Sends money back to a card without linking an original transaction. Needs the "Ecommerce Refund Without Reference" API permission.
    ///
    /// `POST /pay-api/v1/transactions/return/no-reference`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn refund_without_reference(
        &self,
        body: crate::models::RefundWithoutReferenceRequest,
    ) -> RefundWithoutReference<'a> {
        RefundWithoutReference {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Settle card transactions
    ///
    /// Closes the open batch of a payment processor so its transactions settle; the result code is in the body.
    ///
    /// `POST /pay-api/v1/transactions/settle`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn settle_transactions(
        &self,
        body: crate::models::SettleTransactionsRequest,
    ) -> SettleTransactions<'a> {
        SettleTransactions {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Void a transaction
    ///
    /// Voids a card transaction before it is settled.
    ///
    /// `POST /pay-api/v1/transactions/void`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn void_transaction(
        &self,
        body: crate::models::VoidTransactionRequest,
    ) -> VoidTransaction<'a> {
        VoidTransaction {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Adjust the tip of a transaction
    ///
    /// Changes the tip of an authorized card transaction.
    ///
    /// `POST /pay-api/v1/transactions/tip-adjustment`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn adjust_tip(&self, body: crate::models::AdjustTipRequest) -> AdjustTip<'a> {
        AdjustTip {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Send a transaction receipt by SMS
    ///
    /// Texts the receipt of a transaction to a phone number.
    ///
    /// `POST /pay-api/v1/transactions/{transactionId}/send-transaction-receipt-by-sms`
    ///
    /// # Arguments
    /// - `transaction_id` (`transactionId`): Transaction identifier.
    /// - `body`: the request body (application/json)
    pub fn send_transaction_receipt_by_sms(
        &self,
        transaction_id: paygen_runtime::Uuid,
        body: crate::models::SendTransactionReceiptBySmsRequest,
    ) -> SendTransactionReceiptBySms<'a> {
        SendTransactionReceiptBySms {
            client: self.client,
            transaction_id,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Calculate a transaction amount
    ///
    /// Previews the final amounts (surcharge, cash discount, dual pricing, tips) that a transaction for the given base amount would produce.
    ///
    /// `GET /pay-api/v1/transactions/calculate-amount`
    pub fn calculate_amount(&self) -> CalculateAmount<'a> {
        CalculateAmount {
            client: self.client,
            amount: None,
            percentage_off_rate: None,
            surcharge_rate: None,
            tip_amount: None,
            tip_rate: None,
            currency_id: None,
            use_card_price: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `GET /pay-api/v1/transactions` call; finish it with [`send`](ListTransactions::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListTransactions<'a> {
    client: &'a Client,
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    create_method_id: Option<i32>,
    created_by_id: Option<paygen_runtime::Uuid>,
    batch_id: Option<paygen_runtime::Uuid>,
    no_batch: Option<bool>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListTransactions<'a> {
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
    /// Sets `createMethodId`.
    ///
    /// Sent as the query parameter `createMethodId`.
    pub fn create_method_id(mut self, value: i32) -> Self {
        self.create_method_id = Some(value);
        self
    }
    /// Transaction creator's identifier.
    ///
    /// Sent as the query parameter `createdById`.
    pub fn created_by_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.created_by_id = Some(value);
        self
    }
    /// Only transactions of this batch.
    ///
    /// Sent as the query parameter `batchId`.
    pub fn batch_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.batch_id = Some(value);
        self
    }
    /// Vendor wording: bypass normal ACH batching; as a list filter it presumably selects transactions in no batch.
    ///
    /// Sent as the query parameter `noBatch`.
    pub fn no_batch(mut self, value: bool) -> Self {
        self.no_batch = Some(value);
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
        if let Some(value) = &self.create_method_id {
            query.push(("createMethodId".to_string(), value.to_param()));
        }
        if let Some(value) = &self.created_by_id {
            query.push(("createdById".to_string(), value.to_param()));
        }
        if let Some(value) = &self.batch_id {
            query.push(("batchId".to_string(), value.to_param()));
        }
        if let Some(value) = &self.no_batch {
            query.push(("noBatch".to_string(), value.to_param()));
        }
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/pay-api/v1/transactions",
            path: "/pay-api/v1/transactions".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::ListTransactionsResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::ListTransactionsResponse>, crate::Error>
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
        Item = Result<crate::models::GetIsvTransactionsResponse, crate::Error>,
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
/// A prepared `GET /pay-api/v1/transactions/{transactionId}` call; finish it with [`send`](GetTransaction::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetTransaction<'a> {
    client: &'a Client,
    transaction_id: paygen_runtime::Uuid,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetTransaction<'a> {
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
            path_template: "/pay-api/v1/transactions/{transactionId}",
            path: format!(
                "/pay-api/v1/transactions/{}",
                paygen_runtime::encode_path_segment(&self.transaction_id.to_param())
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
    pub async fn send(self) -> Result<crate::models::GetTransactionResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::GetTransactionResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /pay-api/v1/transactions/auth` call; finish it with [`send`](AuthorizeTransaction::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AuthorizeTransaction<'a> {
    client: &'a Client,
    body: crate::models::AuthorizeTransactionRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> AuthorizeTransaction<'a> {
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
            path_template: "/pay-api/v1/transactions/auth",
            path: "/pay-api/v1/transactions/auth".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::TransactionResponseWithAvs, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::TransactionResponseWithAvs>, crate::Error>
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
/// A prepared `POST /pay-api/v1/transactions/sale` call; finish it with [`send`](CreateSale::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSale<'a> {
    client: &'a Client,
    body: crate::models::CreateSaleRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateSale<'a> {
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
            path_template: "/pay-api/v1/transactions/sale",
            path: "/pay-api/v1/transactions/sale".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::TransactionResponseWithAvs, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::TransactionResponseWithAvs>, crate::Error>
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
/// A prepared `POST /pay-api/v1/transactions/capture` call; finish it with [`send`](CaptureTransaction::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CaptureTransaction<'a> {
    client: &'a Client,
    body: crate::models::CaptureTransactionRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CaptureTransaction<'a> {
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
            path_template: "/pay-api/v1/transactions/capture",
            path: "/pay-api/v1/transactions/capture".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::TransactionResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::TransactionResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /pay-api/v1/transactions/return` call; finish it with [`send`](RefundTransaction::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RefundTransaction<'a> {
    client: &'a Client,
    body: crate::models::RefundTransactionRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> RefundTransaction<'a> {
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
            path_template: "/pay-api/v1/transactions/return",
            path: "/pay-api/v1/transactions/return".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::TransactionResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::TransactionResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /pay-api/v1/transactions/return/no-reference` call; finish it with [`send`](RefundWithoutReference::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RefundWithoutReference<'a> {
    client: &'a Client,
    body: crate::models::RefundWithoutReferenceRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> RefundWithoutReference<'a> {
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
            path_template: "/pay-api/v1/transactions/return/no-reference",
            path: "/pay-api/v1/transactions/return/no-reference".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::TransactionResponseWithAvs, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::TransactionResponseWithAvs>, crate::Error>
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
/// A prepared `POST /pay-api/v1/transactions/settle` call; finish it with [`send`](SettleTransactions::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SettleTransactions<'a> {
    client: &'a Client,
    body: crate::models::SettleTransactionsRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> SettleTransactions<'a> {
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
            path_template: "/pay-api/v1/transactions/settle",
            path: "/pay-api/v1/transactions/settle".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::SettleTransactionsResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::SettleTransactionsResponse>, crate::Error>
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
/// A prepared `POST /pay-api/v1/transactions/void` call; finish it with [`send`](VoidTransaction::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct VoidTransaction<'a> {
    client: &'a Client,
    body: crate::models::VoidTransactionRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> VoidTransaction<'a> {
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
            path_template: "/pay-api/v1/transactions/void",
            path: "/pay-api/v1/transactions/void".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::TransactionResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::TransactionResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /pay-api/v1/transactions/tip-adjustment` call; finish it with [`send`](AdjustTip::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AdjustTip<'a> {
    client: &'a Client,
    body: crate::models::AdjustTipRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> AdjustTip<'a> {
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
            path_template: "/pay-api/v1/transactions/tip-adjustment",
            path: "/pay-api/v1/transactions/tip-adjustment".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::TransactionResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::TransactionResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /pay-api/v1/transactions/{transactionId}/send-transaction-receipt-by-sms` call; finish it with [`send`](SendTransactionReceiptBySms::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SendTransactionReceiptBySms<'a> {
    client: &'a Client,
    transaction_id: paygen_runtime::Uuid,
    body: crate::models::SendTransactionReceiptBySmsRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> SendTransactionReceiptBySms<'a> {
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
            path_template: "/pay-api/v1/transactions/{transactionId}/send-transaction-receipt-by-sms",
            path: format!(
                "/pay-api/v1/transactions/{}/send-transaction-receipt-by-sms",
                paygen_runtime::encode_path_segment(&self.transaction_id.to_param())
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
    pub async fn send(
        self,
    ) -> Result<crate::models::SendTransactionReceiptBySmsResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<
        paygen_runtime::Response<crate::models::SendTransactionReceiptBySmsResponse>,
        crate::Error,
    > {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `GET /pay-api/v1/transactions/calculate-amount` call; finish it with [`send`](CalculateAmount::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CalculateAmount<'a> {
    client: &'a Client,
    amount: Option<paygen_runtime::Decimal>,
    percentage_off_rate: Option<paygen_runtime::Decimal>,
    surcharge_rate: Option<paygen_runtime::Decimal>,
    tip_amount: Option<paygen_runtime::Decimal>,
    tip_rate: Option<paygen_runtime::Decimal>,
    currency_id: Option<i32>,
    use_card_price: Option<bool>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CalculateAmount<'a> {
    /// Amount before discounts, fees and tips.
    ///
    /// Sent as the query parameter `amount`.
    pub fn amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.amount = Some(value);
        self
    }
    /// Discount in percent of the base amount.
    ///
    /// Sent as the query parameter `percentageOffRate`.
    pub fn percentage_off_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.percentage_off_rate = Some(value);
        self
    }
    /// Credit card surcharge rate.
    ///
    /// Sent as the query parameter `surchargeRate`.
    pub fn surcharge_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.surcharge_rate = Some(value);
        self
    }
    /// Tip as a fixed amount in USD.
    ///
    /// Sent as the query parameter `tipAmount`.
    pub fn tip_amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.tip_amount = Some(value);
        self
    }
    /// Tip in percent of the base amount.
    ///
    /// Sent as the query parameter `tipRate`.
    pub fn tip_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.tip_rate = Some(value);
        self
    }
    /// The Aurora currency code.
    ///
    /// Sent as the query parameter `currencyId`.
    pub fn currency_id(mut self, value: i32) -> Self {
        self.currency_id = Some(value);
        self
    }
    /// When true, the amount is computed with the card price (dual pricing).
    ///
    /// Sent as the query parameter `useCardPrice`.
    pub fn use_card_price(mut self, value: bool) -> Self {
        self.use_card_price = Some(value);
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
        if let Some(value) = &self.amount {
            query.push(("amount".to_string(), value.to_param()));
        }
        if let Some(value) = &self.percentage_off_rate {
            query.push(("percentageOffRate".to_string(), value.to_param()));
        }
        if let Some(value) = &self.surcharge_rate {
            query.push(("surchargeRate".to_string(), value.to_param()));
        }
        if let Some(value) = &self.tip_amount {
            query.push(("tipAmount".to_string(), value.to_param()));
        }
        if let Some(value) = &self.tip_rate {
            query.push(("tipRate".to_string(), value.to_param()));
        }
        if let Some(value) = &self.currency_id {
            query.push(("currencyId".to_string(), value.to_param()));
        }
        if let Some(value) = &self.use_card_price {
            query.push(("useCardPrice".to_string(), value.to_param()));
        }
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/pay-api/v1/transactions/calculate-amount",
            path: "/pay-api/v1/transactions/calculate-amount".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::CalculateAmountResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::CalculateAmountResponse>, crate::Error>
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
