use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Transaction auto-fill settings of the merchant.
#[derive(Clone, Copy, Debug)]
pub struct TransactionSettingsApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> TransactionSettingsApi<'a> {
    /// Get the L2/L3 autofill settings
    ///
    /// Returns which transaction fields are auto-filled for the current merchant.
    ///
    /// `GET /pay-api/v1/transactions/settings/autofill`
    pub fn get_autofill_settings(&self) -> GetAutofillSettings<'a> {
        GetAutofillSettings {
            client: self.client,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Change the L2/L3 autofill settings
    ///
    /// Changes the auto-fill settings for transactions of the current merchant.
    ///
    /// `PUT /pay-api/v1/transactions/settings/autofill`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn update_autofill_settings(
        &self,
        body: crate::models::UpdateAutofillSettingsRequest,
    ) -> UpdateAutofillSettings<'a> {
        UpdateAutofillSettings {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `GET /pay-api/v1/transactions/settings/autofill` call; finish it with [`send`](GetAutofillSettings::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAutofillSettings<'a> {
    client: &'a Client,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetAutofillSettings<'a> {
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
            path_template: "/pay-api/v1/transactions/settings/autofill",
            path: "/pay-api/v1/transactions/settings/autofill".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::GetAutofillSettingsResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::GetAutofillSettingsResponse>, crate::Error>
    {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `PUT /pay-api/v1/transactions/settings/autofill` call; finish it with [`send`](UpdateAutofillSettings::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateAutofillSettings<'a> {
    client: &'a Client,
    body: crate::models::UpdateAutofillSettingsRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> UpdateAutofillSettings<'a> {
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
            method: paygen_runtime::Method::PUT,
            path_template: "/pay-api/v1/transactions/settings/autofill",
            path: "/pay-api/v1/transactions/settings/autofill".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<(), crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(self) -> Result<paygen_runtime::Response<()>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        Ok(paygen_runtime::Response::from_raw(&raw, ()))
    }
}
