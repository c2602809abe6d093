use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// Hosted payment sessions for paying and/or saving a payment method.
#[derive(Clone, Copy, Debug)]
pub struct PaymentSessionsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> PaymentSessionsApi<'a> {
    /// Create a payment session
    ///
    /// Opens a hosted payment session (pay, save a method, or both) and returns its identifier and expiry.
    ///
    /// `POST /pay-int-api/payment-sessions`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_payment_session(
        &self,
        body: impl Into<crate::models::CreatePaymentSessionRequest>,
    ) -> CreatePaymentSession<'a> {
        CreatePaymentSession {
            call: Call::new(self.client),
            x_api_version: self.client.defaults.x_api_version.clone(),
            body: body.into(),
        }
    }

    /// Cancel a payment session
    ///
    /// Cancels an open payment session.
    ///
    /// `POST /pay-int-api/payment-sessions/{paymentSessionId}/cancel`
    ///
    /// # Arguments
    /// - `payment_session_id` (`paymentSessionId`): A UUID.
    pub fn cancel_payment_session(
        &self,
        payment_session_id: paygen_runtime::Uuid,
    ) -> CancelPaymentSession<'a> {
        CancelPaymentSession {
            call: Call::new(self.client),
            payment_session_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
        }
    }

    /// Get a payment session
    ///
    /// Returns the state of a payment session and, when a payment happened, the resulting transaction details.
    ///
    /// `GET /pay-int-api/payment-sessions/{paymentSessionId}`
    ///
    /// # Arguments
    /// - `payment_session_id` (`paymentSessionId`): Id of the payment session to read.
    pub fn get_payment_session(
        &self,
        payment_session_id: paygen_runtime::Uuid,
    ) -> GetPaymentSession<'a> {
        GetPaymentSession {
            call: Call::new(self.client),
            payment_session_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
        }
    }
}

/// Create a payment session
///
/// `POST /pay-int-api/payment-sessions`, started by [`PaymentSessionsApi::create_payment_session`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreatePaymentSession<'a> {
    call: Call<'a>,
    x_api_version: Option<String>,
    body: crate::models::CreatePaymentSessionRequest,
}

impl<'a> CreatePaymentSession<'a> {
    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::CreatePaymentSessionResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::CreatePaymentSessionResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreatePaymentSession<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreatePaymentSession<'_> {
    type Output = crate::models::CreatePaymentSessionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-int-api/payment-sessions",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
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

/// Cancel a payment session
///
/// `POST /pay-int-api/payment-sessions/{paymentSessionId}/cancel`, started by [`PaymentSessionsApi::cancel_payment_session`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CancelPaymentSession<'a> {
    call: Call<'a>,
    payment_session_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl<'a> CancelPaymentSession<'a> {
    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

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

impl paygen_runtime::CallOptions for CancelPaymentSession<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CancelPaymentSession<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-int-api/payment-sessions/{paymentSessionId}/cancel",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("paymentSessionId", &self.payment_session_id);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}

/// Get a payment session
///
/// `GET /pay-int-api/payment-sessions/{paymentSessionId}`, started by [`PaymentSessionsApi::get_payment_session`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPaymentSession<'a> {
    call: Call<'a>,
    payment_session_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl<'a> GetPaymentSession<'a> {
    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::GetPaymentSessionResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::GetPaymentSessionResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetPaymentSession<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetPaymentSession<'_> {
    type Output = crate::models::GetPaymentSessionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-int-api/payment-sessions/{paymentSessionId}",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("paymentSessionId", &self.payment_session_id);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
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
