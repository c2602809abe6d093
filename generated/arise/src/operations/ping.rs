use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Credential check for the access token.
#[derive(Clone, Copy, Debug)]
pub struct PingApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> PingApi<'a> {
    /// Check the access token
    ///
    /// Checks the supplied access token and reports the merchant and client it belongs to.
    ///
    /// `GET /pay-int-api/ping`
    pub fn ping(&self) -> Ping<'a> {
        Ping {
            client: self.client,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `GET /pay-int-api/ping` call; finish it with [`send`](Ping::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct Ping<'a> {
    client: &'a Client,
    x_api_version: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> Ping<'a> {
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
            path_template: "/pay-int-api/ping",
            path: "/pay-int-api/ping".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::PingResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::PingResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
