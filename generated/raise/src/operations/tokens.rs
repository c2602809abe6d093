use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Server bearer tokens obtained with the client id and secret.
#[derive(Clone, Copy, Debug)]
pub struct TokensApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> TokensApi<'a> {
    /// Create a server bearer token
    ///
    /// Exchanges the client id and secret (HTTP Basic) for a short-lived bearer token used by every other server-side call. Request a fresh token before `expires_at`; tokens overlap, so the old one keeps working until it expires.
    ///
    /// `POST /tokens`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_token(&self, body: crate::models::TokenCreateRequest) -> CreateToken<'a> {
        CreateToken {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `POST /tokens` call; finish it with [`send`](CreateToken::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateToken<'a> {
    client: &'a Client,
    body: crate::models::TokenCreateRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateToken<'a> {
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
            path_template: "/tokens",
            path: "/tokens".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["basicAuth"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::TokenDocument, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::TokenDocument>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
