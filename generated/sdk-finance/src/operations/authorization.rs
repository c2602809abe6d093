use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Obtaining a session token with login and password, including the one-time-password step.
#[derive(Clone, Copy, Debug)]
pub struct AuthorizationApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> AuthorizationApi<'a> {
    /// Log in and obtain a token
    ///
    /// Exchanges a login (e-mail, or phone number without the leading `+`) and a password for
    /// session tokens, one per membership of the user. The official frontend lower-cases the
    /// login before sending it. To refresh a token, call this operation again; there is no
    /// refresh endpoint. When two-factor authentication is enabled the response has
    /// `action: OTP_SENT` and no members; finish with `confirmAuthorization`.
    ///
    /// `POST /authorization`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn authorize(&self, body: crate::models::LoginRequest) -> Authorize<'a> {
        Authorize {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Confirm a login with a one-time password
    ///
    /// Second step of a login when `authorize` answered `action: OTP_SENT`: sends the login and
    /// the one-time password that was delivered to it, and receives the same payload as a
    /// successful login, including the per-membership tokens. Not named in the seed; path and
    /// body come from the official frontend.
    ///
    /// `POST /authorization/confirm`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn confirm_authorization(
        &self,
        body: crate::models::AuthorizationConfirmRequest,
    ) -> ConfirmAuthorization<'a> {
        ConfirmAuthorization {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `POST /authorization` call; finish it with [`send`](Authorize::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct Authorize<'a> {
    client: &'a Client,
    body: crate::models::LoginRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> Authorize<'a> {
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
            path_template: "/authorization",
            path: "/authorization".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::AuthorizationResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::AuthorizationResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /authorization/confirm` call; finish it with [`send`](ConfirmAuthorization::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ConfirmAuthorization<'a> {
    client: &'a Client,
    body: crate::models::AuthorizationConfirmRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ConfirmAuthorization<'a> {
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
            path_template: "/authorization/confirm",
            path: "/authorization/confirm".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::AuthorizationResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::AuthorizationResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
