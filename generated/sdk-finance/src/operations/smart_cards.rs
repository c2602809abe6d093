use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// The caller's smart cards.
#[derive(Clone, Copy, Debug)]
pub struct SmartCardsApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> SmartCardsApi<'a> {
    /// List the caller's smart cards
    ///
    /// Returns the smart cards of the authenticated user, each linked to a wallet.
    ///
    /// `GET /smart-cards/my`
    pub fn list_my_smart_cards(&self) -> ListMySmartCards<'a> {
        ListMySmartCards {
            client: self.client,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `GET /smart-cards/my` call; finish it with [`send`](ListMySmartCards::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListMySmartCards<'a> {
    client: &'a Client,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListMySmartCards<'a> {
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
            method: paygen_runtime::Method::GET,
            path_template: "/smart-cards/my",
            path: "/smart-cards/my".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["tokenAuth"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::SmartCardListResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::SmartCardListResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
