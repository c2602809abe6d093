use crate::client::Client;

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
    /// Pages: [`into_stream`](crate::client::Call::into_stream) on the returned call walks every item.
    pub fn list_transactions(&self) -> crate::client::Call<'a, ListTransactions> {
        crate::client::Call::new(
            self.client,
            ListTransactions {
                page: None,
                page_size: None,
                order_by: None,
                asc: None,
                create_method_id: None,
                created_by_id: None,
                batch_id: None,
                no_batch: None,
            },
        )
    }

    /// Get a transaction
    ///
    /// Returns the full receipt of one transaction: amounts, processor, card or bank details, available follow-up operations, AVS and EMV data.
    ///
    /// `GET /pay-api/v1/transactions/{transactionId}`
    ///
    /// # Arguments
    /// - `transaction_id` (`transactionId`): Transaction identifier.
    pub fn get_transaction(
        &self,
        transaction_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, GetTransaction> {
        crate::client::Call::new(self.client, GetTransaction { transaction_id })
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
    ) -> crate::client::Call<'a, AuthorizeTransaction> {
        crate::client::Call::new(self.client, AuthorizeTransaction { body })
    }

    /// Run a card sale (authorize and capture)
    ///
    /// Authorizes and captures a card payment in one step. Declines are reported in the body.
    ///
    /// `POST /pay-api/v1/transactions/sale`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_sale(
        &self,
        body: crate::models::CreateSaleRequest,
    ) -> crate::client::Call<'a, CreateSale> {
        crate::client::Call::new(self.client, CreateSale { body })
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
    ) -> crate::client::Call<'a, CaptureTransaction> {
        crate::client::Call::new(self.client, CaptureTransaction { body })
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
    ) -> crate::client::Call<'a, RefundTransaction> {
        crate::client::Call::new(self.client, RefundTransaction { body })
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
    ) -> crate::client::Call<'a, RefundWithoutReference> {
        crate::client::Call::new(self.client, RefundWithoutReference { body })
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
    ) -> crate::client::Call<'a, SettleTransactions> {
        crate::client::Call::new(self.client, SettleTransactions { body })
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
    ) -> crate::client::Call<'a, VoidTransaction> {
        crate::client::Call::new(self.client, VoidTransaction { body })
    }

    /// Adjust the tip of a transaction
    ///
    /// Changes the tip of an authorized card transaction.
    ///
    /// `POST /pay-api/v1/transactions/tip-adjustment`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn adjust_tip(
        &self,
        body: crate::models::AdjustTipRequest,
    ) -> crate::client::Call<'a, AdjustTip> {
        crate::client::Call::new(self.client, AdjustTip { body })
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
    ) -> crate::client::Call<'a, SendTransactionReceiptBySms> {
        crate::client::Call::new(
            self.client,
            SendTransactionReceiptBySms {
                transaction_id,
                body,
            },
        )
    }

    /// Calculate a transaction amount
    ///
    /// Previews the final amounts (surcharge, cash discount, dual pricing, tips) that a transaction for the given base amount would produce.
    ///
    /// `GET /pay-api/v1/transactions/calculate-amount`
    pub fn calculate_amount(&self) -> crate::client::Call<'a, CalculateAmount> {
        crate::client::Call::new(
            self.client,
            CalculateAmount {
                amount: None,
                percentage_off_rate: None,
                surcharge_rate: None,
                tip_amount: None,
                tip_rate: None,
                currency_id: None,
                use_card_price: None,
            },
        )
    }
}

/// The parameters of `GET /pay-api/v1/transactions`, set on the [`Call`](crate::client::Call) that [`list_transactions`](TransactionsApi::list_transactions) returns.
#[derive(Clone, Debug)]
pub struct ListTransactions {
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    create_method_id: Option<i32>,
    created_by_id: Option<paygen_runtime::Uuid>,
    batch_id: Option<paygen_runtime::Uuid>,
    no_batch: Option<bool>,
}

impl crate::client::Call<'_, ListTransactions> {
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

    /// Sets `createMethodId`.
    ///
    /// Sent as the query parameter `createMethodId`.
    pub fn create_method_id(mut self, value: i32) -> Self {
        self.op.create_method_id = Some(value);
        self
    }

    /// Transaction creator's identifier.
    ///
    /// Sent as the query parameter `createdById`.
    pub fn created_by_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.op.created_by_id = Some(value);
        self
    }

    /// Only transactions of this batch.
    ///
    /// Sent as the query parameter `batchId`.
    pub fn batch_id(mut self, value: paygen_runtime::Uuid) -> Self {
        self.op.batch_id = Some(value);
        self
    }

    /// Vendor wording: bypass normal ACH batching; as a list filter it presumably selects transactions in no batch.
    ///
    /// Sent as the query parameter `noBatch`.
    pub fn no_batch(mut self, value: bool) -> Self {
        self.op.no_batch = Some(value);
        self
    }
}

impl paygen_runtime::Operation for ListTransactions {
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

impl paygen_runtime::pagination::Paged for ListTransactions {
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

/// The parameters of `GET /pay-api/v1/transactions/{transactionId}`, set on the [`Call`](crate::client::Call) that [`get_transaction`](TransactionsApi::get_transaction) returns.
#[derive(Clone, Debug)]
pub struct GetTransaction {
    transaction_id: paygen_runtime::Uuid,
}

impl paygen_runtime::Operation for GetTransaction {
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

/// The parameters of `POST /pay-api/v1/transactions/auth`, set on the [`Call`](crate::client::Call) that [`authorize_transaction`](TransactionsApi::authorize_transaction) returns.
#[derive(Clone, Debug)]
pub struct AuthorizeTransaction {
    body: crate::models::AuthorizeTransactionRequest,
}

impl paygen_runtime::Operation for AuthorizeTransaction {
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
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// The parameters of `POST /pay-api/v1/transactions/sale`, set on the [`Call`](crate::client::Call) that [`create_sale`](TransactionsApi::create_sale) returns.
#[derive(Clone, Debug)]
pub struct CreateSale {
    body: crate::models::CreateSaleRequest,
}

impl paygen_runtime::Operation for CreateSale {
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
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// The parameters of `POST /pay-api/v1/transactions/capture`, set on the [`Call`](crate::client::Call) that [`capture_transaction`](TransactionsApi::capture_transaction) returns.
#[derive(Clone, Debug)]
pub struct CaptureTransaction {
    body: crate::models::CaptureTransactionRequest,
}

impl paygen_runtime::Operation for CaptureTransaction {
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

/// The parameters of `POST /pay-api/v1/transactions/return`, set on the [`Call`](crate::client::Call) that [`refund_transaction`](TransactionsApi::refund_transaction) returns.
#[derive(Clone, Debug)]
pub struct RefundTransaction {
    body: crate::models::RefundTransactionRequest,
}

impl paygen_runtime::Operation for RefundTransaction {
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
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// The parameters of `POST /pay-api/v1/transactions/return/no-reference`, set on the [`Call`](crate::client::Call) that [`refund_without_reference`](TransactionsApi::refund_without_reference) returns.
#[derive(Clone, Debug)]
pub struct RefundWithoutReference {
    body: crate::models::RefundWithoutReferenceRequest,
}

impl paygen_runtime::Operation for RefundWithoutReference {
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
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// The parameters of `POST /pay-api/v1/transactions/settle`, set on the [`Call`](crate::client::Call) that [`settle_transactions`](TransactionsApi::settle_transactions) returns.
#[derive(Clone, Debug)]
pub struct SettleTransactions {
    body: crate::models::SettleTransactionsRequest,
}

impl paygen_runtime::Operation for SettleTransactions {
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

/// The parameters of `POST /pay-api/v1/transactions/void`, set on the [`Call`](crate::client::Call) that [`void_transaction`](TransactionsApi::void_transaction) returns.
#[derive(Clone, Debug)]
pub struct VoidTransaction {
    body: crate::models::VoidTransactionRequest,
}

impl paygen_runtime::Operation for VoidTransaction {
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

/// The parameters of `POST /pay-api/v1/transactions/tip-adjustment`, set on the [`Call`](crate::client::Call) that [`adjust_tip`](TransactionsApi::adjust_tip) returns.
#[derive(Clone, Debug)]
pub struct AdjustTip {
    body: crate::models::AdjustTipRequest,
}

impl paygen_runtime::Operation for AdjustTip {
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

/// The parameters of `POST /pay-api/v1/transactions/{transactionId}/send-transaction-receipt-by-sms`, set on the [`Call`](crate::client::Call) that [`send_transaction_receipt_by_sms`](TransactionsApi::send_transaction_receipt_by_sms) returns.
#[derive(Clone, Debug)]
pub struct SendTransactionReceiptBySms {
    transaction_id: paygen_runtime::Uuid,
    body: crate::models::SendTransactionReceiptBySmsRequest,
}

impl paygen_runtime::Operation for SendTransactionReceiptBySms {
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

/// The parameters of `GET /pay-api/v1/transactions/calculate-amount`, set on the [`Call`](crate::client::Call) that [`calculate_amount`](TransactionsApi::calculate_amount) returns.
#[derive(Clone, Debug)]
pub struct CalculateAmount {
    amount: Option<paygen_runtime::Decimal>,
    percentage_off_rate: Option<paygen_runtime::Decimal>,
    surcharge_rate: Option<paygen_runtime::Decimal>,
    tip_amount: Option<paygen_runtime::Decimal>,
    tip_rate: Option<paygen_runtime::Decimal>,
    currency_id: Option<i32>,
    use_card_price: Option<bool>,
}

impl crate::client::Call<'_, CalculateAmount> {
    /// Amount before discounts, fees and tips.
    ///
    /// Sent as the query parameter `amount`.
    pub fn amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.op.amount = Some(value);
        self
    }

    /// Discount in percent of the base amount.
    ///
    /// Sent as the query parameter `percentageOffRate`.
    pub fn percentage_off_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.op.percentage_off_rate = Some(value);
        self
    }

    /// Credit card surcharge rate.
    ///
    /// Sent as the query parameter `surchargeRate`.
    pub fn surcharge_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.op.surcharge_rate = Some(value);
        self
    }

    /// Tip as a fixed amount in USD.
    ///
    /// Sent as the query parameter `tipAmount`.
    pub fn tip_amount(mut self, value: paygen_runtime::Decimal) -> Self {
        self.op.tip_amount = Some(value);
        self
    }

    /// Tip in percent of the base amount.
    ///
    /// Sent as the query parameter `tipRate`.
    pub fn tip_rate(mut self, value: paygen_runtime::Decimal) -> Self {
        self.op.tip_rate = Some(value);
        self
    }

    /// The Aurora currency code.
    ///
    /// Sent as the query parameter `currencyId`.
    pub fn currency_id(mut self, value: i32) -> Self {
        self.op.currency_id = Some(value);
        self
    }

    /// When true, the amount is computed with the card price (dual pricing).
    ///
    /// Sent as the query parameter `useCardPrice`.
    pub fn use_card_price(mut self, value: bool) -> Self {
        self.op.use_card_price = Some(value);
        self
    }
}

impl paygen_runtime::Operation for CalculateAmount {
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
