use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Self-registration of individual and merchant users, confirmed with a one-time password.
#[derive(Clone, Copy, Debug)]
pub struct RegistrationApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> RegistrationApi<'a> {
    /// Register an individual or merchant user
    ///
    /// Starts self-registration: the platform sends a one-time password (six digits by default)
    /// to the login, which is an e-mail address or a phone number without the leading `+`.
    /// Finish with `confirmRegistration`. Merchants also give a `legalType`.
    ///
    /// `POST /registration`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn register(&self, body: crate::models::RegistrationRequest) -> Register<'a> {
        Register {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Confirm a registration and set the password
    ///
    /// Completes self-registration with the one-time password and the new password. The
    /// password needs at least 8 characters, with an upper-case letter, a lower-case letter, a
    /// digit and one of `# $ ! @ * & %`. The response names the new user and organisation in
    /// `members\[\].user.id` and `members\[\].organization.id`.
    ///
    /// `POST /registration/confirm`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn confirm_registration(
        &self,
        body: crate::models::RegistrationConfirmRequest,
    ) -> ConfirmRegistration<'a> {
        ConfirmRegistration {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `POST /registration` call; finish it with [`send`](Register::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct Register<'a> {
    client: &'a Client,
    body: crate::models::RegistrationRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> Register<'a> {
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
            path_template: "/registration",
            path: "/registration".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::RegistrationResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::RegistrationResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /registration/confirm` call; finish it with [`send`](ConfirmRegistration::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ConfirmRegistration<'a> {
    client: &'a Client,
    body: crate::models::RegistrationConfirmRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ConfirmRegistration<'a> {
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
            path_template: "/registration/confirm",
            path: "/registration/confirm".to_string(),
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
