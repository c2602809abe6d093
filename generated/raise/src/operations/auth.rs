use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Per-customer authentication for app and web clients: methods and tokens.
#[derive(Clone, Copy, Debug)]
pub struct AuthApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> AuthApi<'a> {
    /// Register a customer authentication method
    ///
    /// Sets up how an end customer of an app or web client proves who they are: an SR25519 or RSA key pair (answered with a nonce to sign), SMS (codes sent to a phone number) or TOTP (answered with a QR code for an authenticator app). Authenticated with the client id and secret; fails if the customer already has a method.
    ///
    /// `POST /auth/methods`
    ///
    /// # Arguments
    /// - `x_customer_id` (`X-CustomerID`): Your identifier of the end customer the call is about.
    /// - `body`: the request body (application/json)
    pub fn create_auth_method(
        &self,
        x_customer_id: impl Into<String>,
        body: crate::models::AuthMethodRequest,
    ) -> CreateAuthMethod<'a> {
        CreateAuthMethod {
            client: self.client,
            x_customer_id: x_customer_id.into(),
            body,
            x_country: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Replace a customer authentication method
    ///
    /// Changes the authentication method of the customer who owns the bearer token, with the same request shapes as registration. The document only says "Bearer token" here; per the research notes it is the customer's token from `createAuthToken`, not a server token.
    ///
    /// `PATCH /auth/methods/{id}`
    ///
    /// # Arguments
    /// - `id` (`id`): Identifier of the authentication method.
    /// - `body`: the request body (application/json)
    pub fn update_auth_method(
        &self,
        id: impl Into<String>,
        body: crate::models::AuthMethodRequest,
    ) -> UpdateAuthMethod<'a> {
        UpdateAuthMethod {
            client: self.client,
            id: id.into(),
            body,
            x_country: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Run a step of the customer token flow
    ///
    /// Obtains a bearer token for one end customer (app and web clients), authenticated with the client id and secret plus `X-CustomerID`. Key pairs: `GENERATE_NONCE`, then `VALIDATE_VERIFICATION` with `signed_nonce`. SMS: `SEND_VERIFICATION`, then `VALIDATE_VERIFICATION` with `code`. TOTP: `VALIDATE_VERIFICATION` with `code` at once. `REFRESH` renews a token before it expires. The document's curl examples post these bodies to `/tokens`, but its endpoint heading and the research notes (production clients) use `/auth/tokens`.
    ///
    /// `POST /auth/tokens`
    ///
    /// # Arguments
    /// - `x_customer_id` (`X-CustomerID`): Your identifier of the end customer the call is about.
    /// - `body`: the request body (application/json)
    pub fn create_auth_token(
        &self,
        x_customer_id: impl Into<String>,
        body: crate::models::AuthTokenRequest,
    ) -> CreateAuthToken<'a> {
        CreateAuthToken {
            client: self.client,
            x_customer_id: x_customer_id.into(),
            body,
            x_country: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `POST /auth/methods` call; finish it with [`send`](CreateAuthMethod::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateAuthMethod<'a> {
    client: &'a Client,
    x_country: Option<String>,
    x_customer_id: String,
    body: crate::models::AuthMethodRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateAuthMethod<'a> {
    /// ISO 3166-1 alpha-2 country code giving the context of the request; US when absent.
    ///
    /// Sent as the header parameter `X-Country`.
    pub fn x_country(mut self, value: impl Into<String>) -> Self {
        self.x_country = Some(value.into());
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
        if let Some(value) = &self.x_country {
            headers.push(("X-Country".to_string(), value.to_param()));
        }
        {
            let value = &self.x_customer_id;
            headers.push(("X-CustomerID".to_string(), value.to_param()));
        }
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::POST,
            path_template: "/auth/methods",
            path: "/auth/methods".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["basicAuth"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::AuthMethodDocument, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::AuthMethodDocument>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `PATCH /auth/methods/{id}` call; finish it with [`send`](UpdateAuthMethod::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateAuthMethod<'a> {
    client: &'a Client,
    id: String,
    x_country: Option<String>,
    body: crate::models::AuthMethodRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> UpdateAuthMethod<'a> {
    /// ISO 3166-1 alpha-2 country code giving the context of the request; US when absent.
    ///
    /// Sent as the header parameter `X-Country`.
    pub fn x_country(mut self, value: impl Into<String>) -> Self {
        self.x_country = Some(value.into());
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
        if let Some(value) = &self.x_country {
            headers.push(("X-Country".to_string(), value.to_param()));
        }
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::PATCH,
            path_template: "/auth/methods/{id}",
            path: format!(
                "/auth/methods/{}",
                paygen_runtime::encode_path_segment(&self.id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["bearerAuth"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::AuthMethodDocument, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::AuthMethodDocument>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /auth/tokens` call; finish it with [`send`](CreateAuthToken::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateAuthToken<'a> {
    client: &'a Client,
    x_country: Option<String>,
    x_customer_id: String,
    body: crate::models::AuthTokenRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateAuthToken<'a> {
    /// ISO 3166-1 alpha-2 country code giving the context of the request; US when absent.
    ///
    /// Sent as the header parameter `X-Country`.
    pub fn x_country(mut self, value: impl Into<String>) -> Self {
        self.x_country = Some(value.into());
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
        if let Some(value) = &self.x_country {
            headers.push(("X-Country".to_string(), value.to_param()));
        }
        {
            let value = &self.x_customer_id;
            headers.push(("X-CustomerID".to_string(), value.to_param()));
        }
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::POST,
            path_template: "/auth/tokens",
            path: "/auth/tokens".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["basicAuth"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::AuthTokenDocument, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::AuthTokenDocument>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
