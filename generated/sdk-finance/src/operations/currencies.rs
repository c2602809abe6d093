use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Currencies and the issuers that put them in circulation (administrator).
#[derive(Clone, Copy, Debug)]
pub struct CurrenciesApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> CurrenciesApi<'a> {
    /// Create a currency
    ///
    /// Defines a new currency, real or any other unit the platform should count. Requires the
    /// administrator role. Body fields come from the SDK.finance knowledge base; `snPrefix`,
    /// `active` and `fraction` belong to the 2024 generation.
    ///
    /// `POST /currencies`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_currency(
        &self,
        body: crate::models::CurrencyCreateRequest,
    ) -> CreateCurrency<'a> {
        CreateCurrency {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Create an issuer for a currency
    ///
    /// Creates an issuer that puts an existing currency in circulation; several issuers may
    /// exist for one currency. Requires the administrator role. Keep the returned `id`: later
    /// operations name the currency through it. Exists in the 2022-2023 generation only. Body
    /// fields come from the SDK.finance knowledge base.
    ///
    /// `POST /issuers`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_issuer(&self, body: crate::models::IssuerCreateRequest) -> CreateIssuer<'a> {
        CreateIssuer {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `POST /currencies` call; finish it with [`send`](CreateCurrency::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateCurrency<'a> {
    client: &'a Client,
    body: crate::models::CurrencyCreateRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateCurrency<'a> {
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
            path_template: "/currencies",
            path: "/currencies".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["tokenAuth"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::Currency, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::Currency>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /issuers` call; finish it with [`send`](CreateIssuer::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateIssuer<'a> {
    client: &'a Client,
    body: crate::models::IssuerCreateRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateIssuer<'a> {
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
            path_template: "/issuers",
            path: "/issuers".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["tokenAuth"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::Issuer, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::Issuer>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
