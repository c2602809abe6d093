use crate::client::Client;

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
        body: crate::models::CreatePaymentSessionRequest,
    ) -> crate::client::Call<'a, CreatePaymentSession> {
        crate::client::Call::new(
            self.client,
            CreatePaymentSession {
                body,
                x_api_version: None,
            },
        )
    }

    /// Cancel a payment session
    ///
    /// Cancels an open payment session.
    ///
    /// `POST /pay-int-api/payment-sessions/{paymentSessionId}/cancel`
    ///
    /// # Arguments
    /// - `payment_session_id` (`paymentSessionId`):
    pub fn cancel_payment_session(
        &self,
        payment_session_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, CancelPaymentSession> {
        crate::client::Call::new(
            self.client,
            CancelPaymentSession {
                payment_session_id,
                x_api_version: None,
            },
        )
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
    ) -> crate::client::Call<'a, GetPaymentSession> {
        crate::client::Call::new(
            self.client,
            GetPaymentSession {
                payment_session_id,
                x_api_version: None,
            },
        )
    }
}

/// The parameters of `POST /pay-int-api/payment-sessions`, set on the [`Call`](crate::client::Call) that [`create_payment_session`](PaymentSessionsApi::create_payment_session) returns.
#[derive(Clone, Debug)]
pub struct CreatePaymentSession {
    x_api_version: Option<String>,
    body: crate::models::CreatePaymentSessionRequest,
}

impl crate::client::Call<'_, CreatePaymentSession> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for CreatePaymentSession {
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

/// The parameters of `POST /pay-int-api/payment-sessions/{paymentSessionId}/cancel`, set on the [`Call`](crate::client::Call) that [`cancel_payment_session`](PaymentSessionsApi::cancel_payment_session) returns.
#[derive(Clone, Debug)]
pub struct CancelPaymentSession {
    payment_session_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl crate::client::Call<'_, CancelPaymentSession> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for CancelPaymentSession {
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

/// The parameters of `GET /pay-int-api/payment-sessions/{paymentSessionId}`, set on the [`Call`](crate::client::Call) that [`get_payment_session`](PaymentSessionsApi::get_payment_session) returns.
#[derive(Clone, Debug)]
pub struct GetPaymentSession {
    payment_session_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl crate::client::Call<'_, GetPaymentSession> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for GetPaymentSession {
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
