use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Per-merchant invoice defaults.
#[derive(Clone, Copy, Debug)]
pub struct InvoicesSettingsApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> InvoicesSettingsApi<'a> {
    /// Get the invoice settings of a merchant
    ///
    /// Returns the invoice defaults (processors, due date, percentages, notes) of a merchant.
    ///
    /// `GET /pay-int-api/merchants/{merchantId}/invoices/settings`
    ///
    /// # Arguments
    /// - `merchant_id` (`merchantId`): Identifier of the merchant.
    pub fn get_invoice_settings(
        &self,
        merchant_id: paygen_runtime::Uuid,
    ) -> GetInvoiceSettings<'a> {
        GetInvoiceSettings {
            client: self.client,
            merchant_id,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Change the invoice settings of a merchant
    ///
    /// Changes the invoice defaults of a merchant.
    ///
    /// `PUT /pay-int-api/merchants/{merchantId}/invoices/settings`
    ///
    /// # Arguments
    /// - `merchant_id` (`merchantId`): Identifier of the merchant.
    /// - `body`: the request body (application/json)
    pub fn update_invoice_settings(
        &self,
        merchant_id: paygen_runtime::Uuid,
        body: crate::models::UpdateInvoiceSettingsRequest,
    ) -> UpdateInvoiceSettings<'a> {
        UpdateInvoiceSettings {
            client: self.client,
            merchant_id,
            body,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `GET /pay-int-api/merchants/{merchantId}/invoices/settings` call; finish it with [`send`](GetInvoiceSettings::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetInvoiceSettings<'a> {
    client: &'a Client,
    merchant_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetInvoiceSettings<'a> {
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
            path_template: "/pay-int-api/merchants/{merchantId}/invoices/settings",
            path: format!(
                "/pay-int-api/merchants/{}/invoices/settings",
                paygen_runtime::encode_path_segment(&self.merchant_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::GetInvoiceSettingsResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::GetInvoiceSettingsResponse>, crate::Error>
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
/// A prepared `PUT /pay-int-api/merchants/{merchantId}/invoices/settings` call; finish it with [`send`](UpdateInvoiceSettings::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateInvoiceSettings<'a> {
    client: &'a Client,
    merchant_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::UpdateInvoiceSettingsRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> UpdateInvoiceSettings<'a> {
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
            method: paygen_runtime::Method::PUT,
            path_template: "/pay-int-api/merchants/{merchantId}/invoices/settings",
            path: format!(
                "/pay-int-api/merchants/{}/invoices/settings",
                paygen_runtime::encode_path_segment(&self.merchant_id.to_param())
            ),
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
