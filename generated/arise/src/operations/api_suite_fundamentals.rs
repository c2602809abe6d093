use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Access-token issuance (OAuth 2.0 client credentials) on the separate OAuth host.
#[derive(Clone, Copy, Debug)]
pub struct ApiSuiteFundamentalsApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> ApiSuiteFundamentalsApi<'a> {
    /// Get an access token
    ///
    /// Exchanges an API key (client id and secret) for an access token with the OAuth 2.0 client-credentials grant. Runs on the separate OAuth host of each environment; sandbox and production tokens are not interchangeable.
    ///
    /// `POST /oauth2/token`
    ///
    /// # Arguments
    /// - `body`: the request body (application/x-www-form-urlencoded)
    pub fn get_access_token(&self, body: crate::models::TokenRequest) -> GetAccessToken<'a> {
        GetAccessToken {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `POST /oauth2/token` call; finish it with [`send`](GetAccessToken::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAccessToken<'a> {
    client: &'a Client,
    body: crate::models::TokenRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetAccessToken<'a> {
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
            path_template: "/oauth2/token",
            path: "/oauth2/token".to_string(),
            query,
            headers,
            body: paygen_runtime::form_body(&self.body)?,
            security: &[],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::TokenResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::TokenResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
