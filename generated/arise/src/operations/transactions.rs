use crate::client::{Call, Client};
use paygen_runtime::Response;
use paygen_runtime::futures::Stream;
use std::future::Future;

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
    /// Pages: [`into_stream`](ListTransactions::into_stream) on the returned call walks every item.
    pub fn list_transactions(&self) -> ListTransactions<'a> {
        ListTransactions {
            call: Call::new(self.client),
            page: None,
            page_size: None,
            order_by: None,
            asc: None,
            create_method_id: None,
            created_by_id: None,
            batch_id: None,
            no_batch: None,
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
            call: Call::new(self.client),
            transaction_id,
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
        body: impl Into<crate::models::AuthorizeTransactionRequest>,
    ) -> AuthorizeTransaction<'a> {
        AuthorizeTransaction {
            call: Call::new(self.client),
            body: body.into(),
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
    pub fn create_sale(&self, body: impl Into<crate::models::CreateSaleRequest>) -> CreateSale<'a> {
        CreateSale {
            call: Call::new(self.client),
            body: body.into(),
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
        body: impl Into<crate::models::CaptureTransactionRequest>,
    ) -> CaptureTransaction<'a> {
        CaptureTransaction {
            call: Call::new(self.client),
            body: body.into(),
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
        body: impl Into<crate::models::RefundTransactionRequest>,
    ) -> RefundTransaction<'a> {
        RefundTransaction {
            call: Call::new(self.client),
            body: body.into(),
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
        body: impl Into<crate::models::RefundWithoutReferenceRequest>,
    ) -> RefundWithoutReference<'a> {
        RefundWithoutReference {
            call: Call::new(self.client),
            body: body.into(),
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
        body: impl Into<crate::models::SettleTransactionsRequest>,
    ) -> SettleTransactions<'a> {
        SettleTransactions {
            call: Call::new(self.client),
            body: body.into(),
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
        body: impl Into<crate::models::VoidTransactionRequest>,
    ) -> VoidTransaction<'a> {
        VoidTransaction {
            call: Call::new(self.client),
            body: body.into(),
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
    pub fn adjust_tip(&self, body: impl Into<crate::models::AdjustTipRequest>) -> AdjustTip<'a> {
        AdjustTip {
            call: Call::new(self.client),
            body: body.into(),
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
        body: impl Into<crate::models::SendTransactionReceiptBySmsRequest>,
    ) -> SendTransactionReceiptBySms<'a> {
        SendTransactionReceiptBySms {
            call: Call::new(self.client),
            transaction_id,
            body: body.into(),
        }
    }

    /// Calculate a transaction amount
    ///
    /// Previews the final amounts (surcharge, cash discount, dual pricing, tips) that a transaction for the given base amount would produce.
    ///
    /// `GET /pay-api/v1/transactions/calculate-amount`
    pub fn calculate_amount(&self) -> CalculateAmount<'a> {
        CalculateAmount {
            call: Call::new(self.client),
            amount: None,
            percentage_off_rate: None,
            surcharge_rate: None,
            tip_amount: None,
            tip_rate: None,
            currency_id: None,
            use_card_price: None,
        }
    }
}

/// List transactions
///
/// `GET /pay-api/v1/transactions`, started by [`TransactionsApi::list_transactions`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListTransactions<'a> {
    call: Call<'a>,
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    create_method_id: Option<i32>,
    created_by_id: Option<paygen_runtime::Uuid>,
    batch_id: Option<paygen_runtime::Uuid>,
    no_batch: Option<bool>,
}

impl<'a> ListTransactions<'a> {
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

    /// Query parameter `createMethodId`: A 32-bit integer.
    pub fn create_method_id(mut self, value: i32) -> Self {
        self.create_method_id = Some(value);
        self
    }

    /// Query parameter `createdById`: Transaction creator's identifier.
    pub fn created_by_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.created_by_id = Some(value);
        self
    }

    /// Query parameter `batchId`: Only transactions of this batch.
    pub fn batch_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.batch_id = Some(value);
        self
    }

    /// Query parameter `noBatch`: Vendor wording: bypass normal ACH batching; as a list filter it presumably selects transactions in no batch.
    pub fn no_batch(mut self, value: bool) -> Self {
        self.no_batch = Some(value);
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::ListTransactionsResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::ListTransactionsResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }

    /// Walks every page from the first, yielding items one by one. The stream ends after
    /// the last page, on an empty page, or after the first error.
    #[inline]
    pub fn into_stream(
        self,
    ) -> impl Stream<Item = Result<crate::models::GetIsvTransactionsResponse, crate::Error>> + 'a
    {
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
    type Output = crate::models::ListTransactionsResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-api/v1/transactions",
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
        if let Some(value) = &self.create_method_id {
            request.query("createMethodId", value);
        }
        if let Some(value) = &self.created_by_id {
            request.query("createdById", value);
        }
        if let Some(value) = &self.batch_id {
            request.query("batchId", value);
        }
        if let Some(value) = &self.no_batch {
            request.query("noBatch", value);
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
    type Item = crate::models::GetIsvTransactionsResponse;

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

/// Get a transaction
///
/// `GET /pay-api/v1/transactions/{transactionId}`, started by [`TransactionsApi::get_transaction`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetTransaction<'a> {
    call: Call<'a>,
    transaction_id: paygen_runtime::Uuid,
}

impl<'a> GetTransaction<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::GetTransactionResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::GetTransactionResponse>, crate::Error>> + 'a
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
    type Output = crate::models::GetTransactionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-api/v1/transactions/{transactionId}",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("transactionId", &self.transaction_id);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Authorize a card payment
///
/// `POST /pay-api/v1/transactions/auth`, started by [`TransactionsApi::authorize_transaction`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AuthorizeTransaction<'a> {
    call: Call<'a>,
    body: crate::models::AuthorizeTransactionRequest,
}

impl<'a> AuthorizeTransaction<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::TransactionResponseWithAvs, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::TransactionResponseWithAvs>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for AuthorizeTransaction<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for AuthorizeTransaction<'_> {
    type Output = crate::models::TransactionResponseWithAvs;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/transactions/auth",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.body = paygen_runtime::json_body(&self.body)?;
        request.sensitive_values_of(&self.body);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Run a card sale (authorize and capture)
///
/// `POST /pay-api/v1/transactions/sale`, started by [`TransactionsApi::create_sale`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSale<'a> {
    call: Call<'a>,
    body: crate::models::CreateSaleRequest,
}

impl<'a> CreateSale<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::TransactionResponseWithAvs, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::TransactionResponseWithAvs>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateSale<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateSale<'_> {
    type Output = crate::models::TransactionResponseWithAvs;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/transactions/sale",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.body = paygen_runtime::json_body(&self.body)?;
        request.sensitive_values_of(&self.body);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Capture an authorization
///
/// `POST /pay-api/v1/transactions/capture`, started by [`TransactionsApi::capture_transaction`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CaptureTransaction<'a> {
    call: Call<'a>,
    body: crate::models::CaptureTransactionRequest,
}

impl<'a> CaptureTransaction<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::TransactionResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::TransactionResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CaptureTransaction<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CaptureTransaction<'_> {
    type Output = crate::models::TransactionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/transactions/capture",
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

/// Refund a transaction
///
/// `POST /pay-api/v1/transactions/return`, started by [`TransactionsApi::refund_transaction`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RefundTransaction<'a> {
    call: Call<'a>,
    body: crate::models::RefundTransactionRequest,
}

impl<'a> RefundTransaction<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::TransactionResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::TransactionResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for RefundTransaction<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for RefundTransaction<'_> {
    type Output = crate::models::TransactionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/transactions/return",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.body = paygen_runtime::json_body(&self.body)?;
        request.sensitive_values_of(&self.body);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Refund a card without a reference transaction
///
/// `POST /pay-api/v1/transactions/return/no-reference`, started by [`TransactionsApi::refund_without_reference`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RefundWithoutReference<'a> {
    call: Call<'a>,
    body: crate::models::RefundWithoutReferenceRequest,
}

impl<'a> RefundWithoutReference<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::TransactionResponseWithAvs, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::TransactionResponseWithAvs>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for RefundWithoutReference<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for RefundWithoutReference<'_> {
    type Output = crate::models::TransactionResponseWithAvs;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/transactions/return/no-reference",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.body = paygen_runtime::json_body(&self.body)?;
        request.sensitive_values_of(&self.body);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Settle card transactions
///
/// `POST /pay-api/v1/transactions/settle`, started by [`TransactionsApi::settle_transactions`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SettleTransactions<'a> {
    call: Call<'a>,
    body: crate::models::SettleTransactionsRequest,
}

impl<'a> SettleTransactions<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::SettleTransactionsResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::SettleTransactionsResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for SettleTransactions<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for SettleTransactions<'_> {
    type Output = crate::models::SettleTransactionsResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/transactions/settle",
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

/// Void a transaction
///
/// `POST /pay-api/v1/transactions/void`, started by [`TransactionsApi::void_transaction`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct VoidTransaction<'a> {
    call: Call<'a>,
    body: crate::models::VoidTransactionRequest,
}

impl<'a> VoidTransaction<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::TransactionResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::TransactionResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for VoidTransaction<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for VoidTransaction<'_> {
    type Output = crate::models::TransactionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/transactions/void",
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

/// Adjust the tip of a transaction
///
/// `POST /pay-api/v1/transactions/tip-adjustment`, started by [`TransactionsApi::adjust_tip`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AdjustTip<'a> {
    call: Call<'a>,
    body: crate::models::AdjustTipRequest,
}

impl<'a> AdjustTip<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::TransactionResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::TransactionResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for AdjustTip<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for AdjustTip<'_> {
    type Output = crate::models::TransactionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/transactions/tip-adjustment",
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

/// Send a transaction receipt by SMS
///
/// `POST /pay-api/v1/transactions/{transactionId}/send-transaction-receipt-by-sms`, started by [`TransactionsApi::send_transaction_receipt_by_sms`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SendTransactionReceiptBySms<'a> {
    call: Call<'a>,
    transaction_id: paygen_runtime::Uuid,
    body: crate::models::SendTransactionReceiptBySmsRequest,
}

impl<'a> SendTransactionReceiptBySms<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<crate::models::SendTransactionReceiptBySmsResponse, crate::Error>,
    > + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::SendTransactionReceiptBySmsResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for SendTransactionReceiptBySms<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for SendTransactionReceiptBySms<'_> {
    type Output = crate::models::SendTransactionReceiptBySmsResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/transactions/{transactionId}/send-transaction-receipt-by-sms",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("transactionId", &self.transaction_id);
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

/// Calculate a transaction amount
///
/// `GET /pay-api/v1/transactions/calculate-amount`, started by [`TransactionsApi::calculate_amount`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CalculateAmount<'a> {
    call: Call<'a>,
    amount: Option<paygen_runtime::Decimal>,
    percentage_off_rate: Option<paygen_runtime::Decimal>,
    surcharge_rate: Option<paygen_runtime::Decimal>,
    tip_amount: Option<paygen_runtime::Decimal>,
    tip_rate: Option<paygen_runtime::Decimal>,
    currency_id: Option<i32>,
    use_card_price: Option<bool>,
}

impl<'a> CalculateAmount<'a> {
    /// Query parameter `amount`: Amount before discounts, fees and tips.
    pub fn amount(mut self, value: impl Into<paygen_runtime::Decimal>) -> Self {
        self.amount = Some(value.into());
        self
    }

    /// Query parameter `percentageOffRate`: Discount in percent of the base amount.
    pub fn percentage_off_rate(mut self, value: impl Into<paygen_runtime::Decimal>) -> Self {
        self.percentage_off_rate = Some(value.into());
        self
    }

    /// Query parameter `surchargeRate`: Credit card surcharge rate.
    pub fn surcharge_rate(mut self, value: impl Into<paygen_runtime::Decimal>) -> Self {
        self.surcharge_rate = Some(value.into());
        self
    }

    /// Query parameter `tipAmount`: Tip as a fixed amount in USD.
    pub fn tip_amount(mut self, value: impl Into<paygen_runtime::Decimal>) -> Self {
        self.tip_amount = Some(value.into());
        self
    }

    /// Query parameter `tipRate`: Tip in percent of the base amount.
    pub fn tip_rate(mut self, value: impl Into<paygen_runtime::Decimal>) -> Self {
        self.tip_rate = Some(value.into());
        self
    }

    /// Query parameter `currencyId`: The Aurora currency code.
    pub fn currency_id(mut self, value: i32) -> Self {
        self.currency_id = Some(value);
        self
    }

    /// Query parameter `useCardPrice`: When true, the amount is computed with the card price (dual pricing).
    pub fn use_card_price(mut self, value: bool) -> Self {
        self.use_card_price = Some(value);
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::CalculateAmountResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::CalculateAmountResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CalculateAmount<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CalculateAmount<'_> {
    type Output = crate::models::CalculateAmountResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-api/v1/transactions/calculate-amount",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.amount {
            request.query("amount", value);
        }
        if let Some(value) = &self.percentage_off_rate {
            request.query("percentageOffRate", value);
        }
        if let Some(value) = &self.surcharge_rate {
            request.query("surchargeRate", value);
        }
        if let Some(value) = &self.tip_amount {
            request.query("tipAmount", value);
        }
        if let Some(value) = &self.tip_rate {
            request.query("tipRate", value);
        }
        if let Some(value) = &self.currency_id {
            request.query("currencyId", value);
        }
        if let Some(value) = &self.use_card_price {
            request.query("useCardPrice", value);
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
