use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
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
    ) -> CreatePaymentSession<'a> {
        CreatePaymentSession {
            client: self.client,
            body,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
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
    ) -> CancelPaymentSession<'a> {
        CancelPaymentSession {
            client: self.client,
            payment_session_id,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
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
            client: self.client,
            payment_session_id,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `POST /pay-int-api/payment-sessions` call; finish it with [`send`](CreatePaymentSession::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreatePaymentSession<'a> {
    client: &'a Client,
    x_api_version: Option<String>,
    body: crate::models::CreatePaymentSessionRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreatePaymentSession<'a> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
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
        let query = Vec::new();
        let mut headers = Vec::new();
        if let Some(value) = &self.x_api_version {
            headers.push(("x-api-version".to_string(), value.to_param()));
        }
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::POST,
            path_template: "/pay-int-api/payment-sessions",
            path: "/pay-int-api/payment-sessions".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::CreatePaymentSessionResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::CreatePaymentSessionResponse>, crate::Error>
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
/// A prepared `POST /pay-int-api/payment-sessions/{paymentSessionId}/cancel` call; finish it with [`send`](CancelPaymentSession::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CancelPaymentSession<'a> {
    client: &'a Client,
    payment_session_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CancelPaymentSession<'a> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
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
        let query = Vec::new();
        let mut headers = Vec::new();
        if let Some(value) = &self.x_api_version {
            headers.push(("x-api-version".to_string(), value.to_param()));
        }
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::POST,
            path_template: "/pay-int-api/payment-sessions/{paymentSessionId}/cancel",
            path: format!(
                "/pay-int-api/payment-sessions/{}/cancel",
                paygen_runtime::encode_path_segment(&self.payment_session_id.to_param())
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
/// A prepared `GET /pay-int-api/payment-sessions/{paymentSessionId}` call; finish it with [`send`](GetPaymentSession::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetPaymentSession<'a> {
    client: &'a Client,
    payment_session_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetPaymentSession<'a> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
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
        let query = Vec::new();
        let mut headers = Vec::new();
        if let Some(value) = &self.x_api_version {
            headers.push(("x-api-version".to_string(), value.to_param()));
        }
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/pay-int-api/payment-sessions/{paymentSessionId}",
            path: format!(
                "/pay-int-api/payment-sessions/{}",
                paygen_runtime::encode_path_segment(&self.payment_session_id.to_param())
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
    pub async fn send(self) -> Result<crate::models::GetPaymentSessionResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::GetPaymentSessionResponse>, crate::Error>
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
