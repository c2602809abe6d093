use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// Withdrawal requests from wallets to bank accounts, accepted or declined by an accountant.
#[derive(Clone, Copy, Debug)]
pub struct BankWithdrawalsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> BankWithdrawalsApi<'a> {
    /// Calculate the commission of a bank withdrawal
    ///
    /// Computes what a withdrawal of the given amount from the given wallet would cost, without
    /// moving money. Only useful when commissions are configured. Body fields come from the
    /// SDK.finance knowledge base (the 2022 frontend sent the serial as `coin` instead).
    ///
    /// **Inferred:** Marked retry-safe because a calculation does not change any state.
    ///
    /// `POST /bank-withdrawals/calculate`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn calculate_bank_withdrawal(
        &self,
        body: impl Into<crate::models::CommissionCalculateRequest>,
    ) -> CalculateBankWithdrawal<'a> {
        CalculateBankWithdrawal {
            call: Call::new(self.client),
            body: body.into(),
        }
    }

    /// Create a bank withdrawal request
    ///
    /// Asks for money to be paid out from a wallet to a bank account. The amount is held until
    /// the request is accepted or declined. Keep the returned `requestIdentifier`. Body fields
    /// come from the SDK.finance knowledge base.
    ///
    /// `POST /bank-withdrawals/with-bank`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_bank_withdrawal(
        &self,
        body: impl Into<crate::models::BankOperationRequest>,
    ) -> CreateBankWithdrawal<'a> {
        CreateBankWithdrawal {
            call: Call::new(self.client),
            body: body.into(),
        }
    }

    /// Accept a bank withdrawal request
    ///
    /// Approves a pending withdrawal request so that the held amount is paid out. Meant for the accountant role. No request body.
    ///
    /// `POST /bank-withdrawals/{requestIdentifier}/accept`
    ///
    /// # Arguments
    /// - `request_identifier` (`requestIdentifier`): The numeric `requestIdentifier` returned when the request was created.
    pub fn accept_bank_withdrawal(&self, request_identifier: i64) -> AcceptBankWithdrawal<'a> {
        AcceptBankWithdrawal {
            call: Call::new(self.client),
            request_identifier,
        }
    }

    /// Decline a bank withdrawal request
    ///
    /// Rejects a pending withdrawal request and releases the held amount. Meant for the accountant role. No request body.
    ///
    /// `POST /bank-withdrawals/{requestIdentifier}/decline`
    ///
    /// # Arguments
    /// - `request_identifier` (`requestIdentifier`): The numeric `requestIdentifier` returned when the request was created.
    pub fn decline_bank_withdrawal(&self, request_identifier: i64) -> DeclineBankWithdrawal<'a> {
        DeclineBankWithdrawal {
            call: Call::new(self.client),
            request_identifier,
        }
    }
}

/// Calculate the commission of a bank withdrawal
///
/// `POST /bank-withdrawals/calculate`, started by [`BankWithdrawalsApi::calculate_bank_withdrawal`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CalculateBankWithdrawal<'a> {
    call: Call<'a>,
    body: crate::models::CommissionCalculateRequest,
}

impl<'a> CalculateBankWithdrawal<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::CommissionResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::CommissionResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CalculateBankWithdrawal<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CalculateBankWithdrawal<'_> {
    type Output = crate::models::CommissionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/bank-withdrawals/calculate",
        security: &[&["tokenAuth"]],
        idempotent: true,
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

/// Create a bank withdrawal request
///
/// `POST /bank-withdrawals/with-bank`, started by [`BankWithdrawalsApi::create_bank_withdrawal`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateBankWithdrawal<'a> {
    call: Call<'a>,
    body: crate::models::BankOperationRequest,
}

impl<'a> CreateBankWithdrawal<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::BankOperationResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::BankOperationResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateBankWithdrawal<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateBankWithdrawal<'_> {
    type Output = crate::models::BankOperationResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/bank-withdrawals/with-bank",
        security: &[&["tokenAuth"]],
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

/// Accept a bank withdrawal request
///
/// `POST /bank-withdrawals/{requestIdentifier}/accept`, started by [`BankWithdrawalsApi::accept_bank_withdrawal`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AcceptBankWithdrawal<'a> {
    call: Call<'a>,
    request_identifier: i64,
}

impl<'a> AcceptBankWithdrawal<'a> {
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

impl paygen_runtime::CallOptions for AcceptBankWithdrawal<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for AcceptBankWithdrawal<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/bank-withdrawals/{requestIdentifier}/accept",
        security: &[&["tokenAuth"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("requestIdentifier", &self.request_identifier);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}

/// Decline a bank withdrawal request
///
/// `POST /bank-withdrawals/{requestIdentifier}/decline`, started by [`BankWithdrawalsApi::decline_bank_withdrawal`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeclineBankWithdrawal<'a> {
    call: Call<'a>,
    request_identifier: i64,
}

impl<'a> DeclineBankWithdrawal<'a> {
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

impl paygen_runtime::CallOptions for DeclineBankWithdrawal<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for DeclineBankWithdrawal<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/bank-withdrawals/{requestIdentifier}/decline",
        security: &[&["tokenAuth"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("requestIdentifier", &self.request_identifier);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}
