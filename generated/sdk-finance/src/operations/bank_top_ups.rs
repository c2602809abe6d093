use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// Crediting wallets from bank transfers, directly or through requests an accountant accepts or declines.
#[derive(Clone, Copy, Debug)]
pub struct BankTopUpsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> BankTopUpsApi<'a> {
    /// Calculate the commission of a bank top-up
    ///
    /// Computes what a top-up of the given amount to the given wallet would cost and credit,
    /// without moving money. Only useful when commissions are configured. Body fields come from
    /// the SDK.finance knowledge base.
    ///
    /// **Inferred:** Marked retry-safe because a calculation does not change any state.
    ///
    /// `POST /bank-top-ups/calculate`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn calculate_bank_top_up(
        &self,
        body: impl Into<crate::models::CommissionCalculateRequest>,
    ) -> CalculateBankTopUp<'a> {
        CalculateBankTopUp {
            call: Call::new(self.client),
            body: body.into(),
        }
    }

    /// Create a bank top-up request
    ///
    /// Records a top-up from a bank transfer as a request that stays pending until it is
    /// accepted or declined (for example after an AML check). Keep the returned
    /// `requestIdentifier`. Body fields come from the SDK.finance knowledge base.
    ///
    /// `POST /bank-top-ups/create-request/with-bank`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_bank_top_up_request(
        &self,
        body: impl Into<crate::models::BankTopUpRequestCreateRequest>,
    ) -> CreateBankTopUpRequest<'a> {
        CreateBankTopUpRequest {
            call: Call::new(self.client),
            body: body.into(),
        }
    }

    /// Top up a wallet from a bank transfer
    ///
    /// Credits a wallet with money received by bank transfer on the platform's transit account,
    /// identified by the wallet serial the customer quoted. Body fields come from the SDK.finance
    /// knowledge base.
    ///
    /// `POST /bank-top-ups/with-bank`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn top_up_with_bank(
        &self,
        body: impl Into<crate::models::BankOperationRequest>,
    ) -> TopUpWithBank<'a> {
        TopUpWithBank {
            call: Call::new(self.client),
            body: body.into(),
        }
    }

    /// Accept a bank top-up request
    ///
    /// Approves a pending top-up request so that the wallet is credited. Meant for the accountant role. No request body.
    ///
    /// `POST /bank-top-ups/{requestIdentifier}/accept`
    ///
    /// # Arguments
    /// - `request_identifier` (`requestIdentifier`): The numeric `requestIdentifier` returned when the request was created.
    pub fn accept_bank_top_up(&self, request_identifier: i64) -> AcceptBankTopUp<'a> {
        AcceptBankTopUp {
            call: Call::new(self.client),
            request_identifier,
        }
    }

    /// Decline a bank top-up request
    ///
    /// Rejects a pending top-up request; the wallet is not credited. Meant for the accountant role. No request body.
    ///
    /// `POST /bank-top-ups/{requestIdentifier}/decline`
    ///
    /// # Arguments
    /// - `request_identifier` (`requestIdentifier`): The numeric `requestIdentifier` returned when the request was created.
    pub fn decline_bank_top_up(&self, request_identifier: i64) -> DeclineBankTopUp<'a> {
        DeclineBankTopUp {
            call: Call::new(self.client),
            request_identifier,
        }
    }
}

/// Calculate the commission of a bank top-up
///
/// `POST /bank-top-ups/calculate`, started by [`BankTopUpsApi::calculate_bank_top_up`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CalculateBankTopUp<'a> {
    call: Call<'a>,
    body: crate::models::CommissionCalculateRequest,
}

impl<'a> CalculateBankTopUp<'a> {
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

impl paygen_runtime::CallOptions for CalculateBankTopUp<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CalculateBankTopUp<'_> {
    type Output = crate::models::CommissionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/bank-top-ups/calculate",
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

/// Create a bank top-up request
///
/// `POST /bank-top-ups/create-request/with-bank`, started by [`BankTopUpsApi::create_bank_top_up_request`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateBankTopUpRequest<'a> {
    call: Call<'a>,
    body: crate::models::BankTopUpRequestCreateRequest,
}

impl<'a> CreateBankTopUpRequest<'a> {
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

impl paygen_runtime::CallOptions for CreateBankTopUpRequest<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateBankTopUpRequest<'_> {
    type Output = crate::models::BankOperationResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/bank-top-ups/create-request/with-bank",
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

/// Top up a wallet from a bank transfer
///
/// `POST /bank-top-ups/with-bank`, started by [`BankTopUpsApi::top_up_with_bank`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct TopUpWithBank<'a> {
    call: Call<'a>,
    body: crate::models::BankOperationRequest,
}

impl<'a> TopUpWithBank<'a> {
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

impl paygen_runtime::CallOptions for TopUpWithBank<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for TopUpWithBank<'_> {
    type Output = crate::models::BankOperationResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/bank-top-ups/with-bank",
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

/// Accept a bank top-up request
///
/// `POST /bank-top-ups/{requestIdentifier}/accept`, started by [`BankTopUpsApi::accept_bank_top_up`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AcceptBankTopUp<'a> {
    call: Call<'a>,
    request_identifier: i64,
}

impl<'a> AcceptBankTopUp<'a> {
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

impl paygen_runtime::CallOptions for AcceptBankTopUp<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for AcceptBankTopUp<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/bank-top-ups/{requestIdentifier}/accept",
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

/// Decline a bank top-up request
///
/// `POST /bank-top-ups/{requestIdentifier}/decline`, started by [`BankTopUpsApi::decline_bank_top_up`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeclineBankTopUp<'a> {
    call: Call<'a>,
    request_identifier: i64,
}

impl<'a> DeclineBankTopUp<'a> {
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

impl paygen_runtime::CallOptions for DeclineBankTopUp<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for DeclineBankTopUp<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/bank-top-ups/{requestIdentifier}/decline",
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
