use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// The client's fund for buying gift cards.
#[derive(Clone, Copy, Debug)]
pub struct BalanceApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> BalanceApi<'a> {
    /// Get the client fund balance
    ///
    /// Returns the available, reserved and pending amounts of the fund used to pay for gift cards. Amounts are US cents regardless of `X-Currency`.
    ///
    /// `GET /balance`
    pub fn get_balance(&self) -> GetBalance<'a> {
        GetBalance {
            client: self.client,
            x_country: None,
            x_currency: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `GET /balance` call; finish it with [`send`](GetBalance::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetBalance<'a> {
    client: &'a Client,
    x_country: Option<String>,
    x_currency: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetBalance<'a> {
    /// ISO 3166-1 alpha-2 country code giving the context of the request; US when absent.
    ///
    /// Sent as the header parameter `X-Country`.
    pub fn x_country(mut self, value: impl Into<String>) -> Self {
        self.x_country = Some(value.into());
        self
    }
    /// ISO 4217 currency code for calls that use it; it does not change the balance amounts.
    ///
    /// Sent as the header parameter `X-Currency`.
    pub fn x_currency(mut self, value: impl Into<String>) -> Self {
        self.x_currency = Some(value.into());
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
        if let Some(value) = &self.x_currency {
            headers.push(("X-Currency".to_string(), value.to_param()));
        }
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/balance",
            path: "/balance".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["bearerAuth"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::BalanceDocument, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::BalanceDocument>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
