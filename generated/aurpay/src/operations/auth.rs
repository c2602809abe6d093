use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Exchange dashboard credentials for an API key.
#[derive(Clone, Copy, Debug)]
pub struct AuthApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> AuthApi<'a> {
    /// Get API-Key
    ///
    /// Trades the merchant's dashboard login (e-mail and password) for an API key. The key
    /// is returned in `data.access_token` and is then sent in the `API-Key` header of
    /// every other call.
    ///
    /// `POST /api/plugin/key/aurpay`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn get_api_key(&self, body: crate::models::ApiKeyRequest) -> GetApiKey<'a> {
        GetApiKey {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `POST /api/plugin/key/aurpay` call; finish it with [`send`](GetApiKey::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetApiKey<'a> {
    client: &'a Client,
    body: crate::models::ApiKeyRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetApiKey<'a> {
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
            path_template: "/api/plugin/key/aurpay",
            path: "/api/plugin/key/aurpay".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::ApiKeyResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::ApiKeyResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
