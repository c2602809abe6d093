use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// Create, hold, release, void and refund ACH (bank) debits and credits.
#[derive(Clone, Copy, Debug)]
pub struct AchTransactionsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> AchTransactionsApi<'a> {
    /// Refund an ACH transaction
    ///
    /// Refunds a settled ACH transaction. The document only mentions this path (ACH overview and the void See Also); parameters, body and responses are not documented and are inferred here.
    ///
    /// **Inferred:** only the path is mentioned (ACH overview and void See Also); method taken from the text, no parameters, body or responses are documented
    ///
    /// `POST /pay-api/v1/transactions/ach/{transactionId}/refund`
    ///
    /// # Arguments
    /// - `transaction_id` (`transactionId`): Identifier of the settled ACH transaction to refund.
    pub fn refund_ach_transaction(
        &self,
        transaction_id: paygen_runtime::Uuid,
    ) -> RefundAchTransaction<'a> {
        RefundAchTransaction {
            call: Call::new(self.client),
            transaction_id,
        }
    }

    /// Send an ACH credit
    ///
    /// Starts an ACH credit that moves funds from the merchant to a customer bank account (payouts, unreferenced refunds). Use either a stored bank payment method or raw routing/account numbers. Creating the credit also submits it for batch processing.
    ///
    /// `POST /pay-api/v1/transactions/ach/payment/credit`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_ach_credit(
        &self,
        body: impl Into<crate::models::CreateAchCreditRequest>,
    ) -> CreateAchCredit<'a> {
        CreateAchCredit {
            call: Call::new(self.client),
            body: body.into(),
        }
    }

    /// Collect an ACH debit
    ///
    /// Starts an ACH debit that pulls funds from a customer bank account, either from a stored bank payment method or from routing/account numbers sent in the request. The debit is submitted for processing on creation.
    ///
    /// `POST /pay-api/v1/transactions/ach/payment`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_ach_debit(
        &self,
        body: impl Into<crate::models::CreateAchDebitRequest>,
    ) -> CreateAchDebit<'a> {
        CreateAchDebit {
            call: Call::new(self.client),
            body: body.into(),
        }
    }

    /// Void an ACH transaction
    ///
    /// Stops an ACH transaction that is still waiting to be sent out, so it is never processed.
    ///
    /// `POST /pay-api/v1/transactions/ach/{transactionId}/void`
    ///
    /// # Arguments
    /// - `transaction_id` (`transactionId`): Id of the ACH transaction.
    pub fn void_ach_transaction(
        &self,
        transaction_id: paygen_runtime::Uuid,
    ) -> VoidAchTransaction<'a> {
        VoidAchTransaction {
            call: Call::new(self.client),
            transaction_id,
        }
    }

    /// Put an ACH transaction on hold
    ///
    /// Puts a submitted ACH transaction on hold so it is not processed until it is released or voided.
    ///
    /// `POST /pay-api/v1/transactions/ach/{transactionId}/hold`
    ///
    /// # Arguments
    /// - `transaction_id` (`transactionId`): Id of the ACH transaction.
    pub fn hold_ach_transaction(
        &self,
        transaction_id: paygen_runtime::Uuid,
    ) -> HoldAchTransaction<'a> {
        HoldAchTransaction {
            call: Call::new(self.client),
            transaction_id,
        }
    }

    /// Release a held ACH transaction
    ///
    /// Releases an ACH transaction from hold so that processing continues.
    ///
    /// `POST /pay-api/v1/transactions/ach/{transactionId}/unhold`
    ///
    /// # Arguments
    /// - `transaction_id` (`transactionId`): Id of the ACH transaction.
    pub fn unhold_ach_transaction(
        &self,
        transaction_id: paygen_runtime::Uuid,
    ) -> UnholdAchTransaction<'a> {
        UnholdAchTransaction {
            call: Call::new(self.client),
            transaction_id,
        }
    }
}

/// Refund an ACH transaction
///
/// `POST /pay-api/v1/transactions/ach/{transactionId}/refund`, started by [`AchTransactionsApi::refund_ach_transaction`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RefundAchTransaction<'a> {
    call: Call<'a>,
    transaction_id: paygen_runtime::Uuid,
}

impl<'a> RefundAchTransaction<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::AchTransactionResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::AchTransactionResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for RefundAchTransaction<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for RefundAchTransaction<'_> {
    type Output = crate::models::AchTransactionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/transactions/ach/{transactionId}/refund",
        security: &[&["Bearer"]],
        idempotent: false,
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

/// Send an ACH credit
///
/// `POST /pay-api/v1/transactions/ach/payment/credit`, started by [`AchTransactionsApi::create_ach_credit`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateAchCredit<'a> {
    call: Call<'a>,
    body: crate::models::CreateAchCreditRequest,
}

impl<'a> CreateAchCredit<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::AchTransactionResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::AchTransactionResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateAchCredit<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateAchCredit<'_> {
    type Output = crate::models::AchTransactionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/transactions/ach/payment/credit",
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

/// Collect an ACH debit
///
/// `POST /pay-api/v1/transactions/ach/payment`, started by [`AchTransactionsApi::create_ach_debit`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateAchDebit<'a> {
    call: Call<'a>,
    body: crate::models::CreateAchDebitRequest,
}

impl<'a> CreateAchDebit<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::AchTransactionResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::AchTransactionResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateAchDebit<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateAchDebit<'_> {
    type Output = crate::models::AchTransactionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/transactions/ach/payment",
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

/// Void an ACH transaction
///
/// `POST /pay-api/v1/transactions/ach/{transactionId}/void`, started by [`AchTransactionsApi::void_ach_transaction`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct VoidAchTransaction<'a> {
    call: Call<'a>,
    transaction_id: paygen_runtime::Uuid,
}

impl<'a> VoidAchTransaction<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::AchTransactionResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::AchTransactionResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for VoidAchTransaction<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for VoidAchTransaction<'_> {
    type Output = crate::models::AchTransactionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/transactions/ach/{transactionId}/void",
        security: &[&["Bearer"]],
        idempotent: false,
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

/// Put an ACH transaction on hold
///
/// `POST /pay-api/v1/transactions/ach/{transactionId}/hold`, started by [`AchTransactionsApi::hold_ach_transaction`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct HoldAchTransaction<'a> {
    call: Call<'a>,
    transaction_id: paygen_runtime::Uuid,
}

impl<'a> HoldAchTransaction<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::AchHoldResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::AchHoldResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for HoldAchTransaction<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for HoldAchTransaction<'_> {
    type Output = crate::models::AchHoldResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/transactions/ach/{transactionId}/hold",
        security: &[&["Bearer"]],
        idempotent: false,
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

/// Release a held ACH transaction
///
/// `POST /pay-api/v1/transactions/ach/{transactionId}/unhold`, started by [`AchTransactionsApi::unhold_ach_transaction`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UnholdAchTransaction<'a> {
    call: Call<'a>,
    transaction_id: paygen_runtime::Uuid,
}

impl<'a> UnholdAchTransaction<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::AchHoldResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::AchHoldResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for UnholdAchTransaction<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for UnholdAchTransaction<'_> {
    type Output = crate::models::AchHoldResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/transactions/ach/{transactionId}/unhold",
        security: &[&["Bearer"]],
        idempotent: false,
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
