use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Saved transfer destinations, and transfers executed from them.
#[derive(Clone, Copy, Debug)]
pub struct TransferTemplatesApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> TransferTemplatesApi<'a> {
    /// Save a transfer template from a completed transfer
    ///
    /// Stores the sender, recipient and details of a finished transfer as a named template for reuse.
    ///
    /// `POST /templates/transfer/operation/{businessProcessId}`
    ///
    /// # Arguments
    /// - `business_process_id` (`businessProcessId`): The `businessProcessId` returned by `executeTemplateTransfer`.
    /// - `body`: the request body (application/json)
    pub fn create_transfer_template_from_operation(
        &self,
        business_process_id: impl Into<String>,
        body: crate::models::TransferTemplateFromOperationRequest,
    ) -> CreateTransferTemplateFromOperation<'a> {
        CreateTransferTemplateFromOperation {
            client: self.client,
            business_process_id: business_process_id.into(),
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Search saved transfer templates
    ///
    /// Returns one page of the caller's saved transfer destinations. Filter on
    /// `paymentToolType` `COIN` for wallets or `SMART_CARD` for cards. Pages are numbered
    /// from 0.
    ///
    /// **Inferred:** Marked retry-safe because a search does not change any state.
    ///
    /// `POST /templates/transfer/view`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    ///
    /// Pages: use `.into_stream()` to walk every item.
    pub fn view_transfer_templates(
        &self,
        body: crate::models::TransferTemplateViewRequest,
    ) -> ViewTransferTemplates<'a> {
        ViewTransferTemplates {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Calculate the commission of a transfer from a template
    ///
    /// Computes the amounts a transfer of the given amount to a saved destination would debit and credit, without moving money.
    ///
    /// **Inferred:** Marked retry-safe because a calculation does not change any state.
    ///
    /// `POST /templates/transfer/{transferTemplateId}/calculate`
    ///
    /// # Arguments
    /// - `transfer_template_id` (`transferTemplateId`): Identifier of a saved transfer template, from `viewTransferTemplates`.
    /// - `body`: the request body (application/json)
    pub fn calculate_template_transfer(
        &self,
        transfer_template_id: impl Into<String>,
        body: crate::models::TransferAmountRequest,
    ) -> CalculateTemplateTransfer<'a> {
        CalculateTemplateTransfer {
            client: self.client,
            transfer_template_id: transfer_template_id.into(),
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Transfer money to a saved destination
    ///
    /// Performs a transfer of the given amount using a saved template. Keep the returned `businessProcessId` to save the transfer as a new template.
    ///
    /// `POST /templates/transfer/{transferTemplateId}/execute`
    ///
    /// # Arguments
    /// - `transfer_template_id` (`transferTemplateId`): Identifier of a saved transfer template, from `viewTransferTemplates`.
    /// - `body`: the request body (application/json)
    pub fn execute_template_transfer(
        &self,
        transfer_template_id: impl Into<String>,
        body: crate::models::TransferAmountRequest,
    ) -> ExecuteTemplateTransfer<'a> {
        ExecuteTemplateTransfer {
            client: self.client,
            transfer_template_id: transfer_template_id.into(),
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `POST /templates/transfer/operation/{businessProcessId}` call; finish it with [`send`](CreateTransferTemplateFromOperation::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateTransferTemplateFromOperation<'a> {
    client: &'a Client,
    business_process_id: String,
    body: crate::models::TransferTemplateFromOperationRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateTransferTemplateFromOperation<'a> {
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
            path_template: "/templates/transfer/operation/{businessProcessId}",
            path: format!(
                "/templates/transfer/operation/{}",
                paygen_runtime::encode_path_segment(&self.business_process_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["tokenAuth"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::TransferTemplateResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::TransferTemplateResponse>, crate::Error>
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
/// A prepared `POST /templates/transfer/view` call; finish it with [`send`](ViewTransferTemplates::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ViewTransferTemplates<'a> {
    client: &'a Client,
    body: crate::models::TransferTemplateViewRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ViewTransferTemplates<'a> {
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
            path_template: "/templates/transfer/view",
            path: "/templates/transfer/view".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["tokenAuth"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::TransferTemplateViewResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::TransferTemplateViewResponse>, crate::Error>
    {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
    /// Walks every page from the first, yielding items one by one. The stream ends after the
    /// last page, on an empty page, or after the first error.
    pub fn into_stream(
        self,
    ) -> impl paygen_runtime::futures::Stream<
        Item = Result<crate::models::TransferTemplate, crate::Error>,
    > + 'a {
        let spec = paygen_runtime::pagination::PageSpec {
            first_page: 0u64,
            items: "/records",
            stop: paygen_runtime::pagination::Stop::TotalPages("/totalPages"),
        };
        paygen_runtime::pagination::stream(spec, move |page: u64| {
            let mut call = self.clone();
            call.body.page_number = Some(i32::try_from(page).unwrap_or(i32::MAX));
            async move {
                let request = call.request()?;
                let raw = call.client.core().execute(request).await?;
                if !raw.status.is_success() {
                    return Err(paygen_runtime::api_error(raw));
                }
                Ok(raw)
            }
        })
    }
}
/// A prepared `POST /templates/transfer/{transferTemplateId}/calculate` call; finish it with [`send`](CalculateTemplateTransfer::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CalculateTemplateTransfer<'a> {
    client: &'a Client,
    transfer_template_id: String,
    body: crate::models::TransferAmountRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CalculateTemplateTransfer<'a> {
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
            path_template: "/templates/transfer/{transferTemplateId}/calculate",
            path: format!(
                "/templates/transfer/{}/calculate",
                paygen_runtime::encode_path_segment(&self.transfer_template_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["tokenAuth"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::TransferCommissionResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::TransferCommissionResponse>, crate::Error>
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
/// A prepared `POST /templates/transfer/{transferTemplateId}/execute` call; finish it with [`send`](ExecuteTemplateTransfer::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ExecuteTemplateTransfer<'a> {
    client: &'a Client,
    transfer_template_id: String,
    body: crate::models::TransferAmountRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ExecuteTemplateTransfer<'a> {
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
            path_template: "/templates/transfer/{transferTemplateId}/execute",
            path: format!(
                "/templates/transfer/{}/execute",
                paygen_runtime::encode_path_segment(&self.transfer_template_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["tokenAuth"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(
        self,
    ) -> Result<crate::models::TransferTemplateExecuteResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<
        paygen_runtime::Response<crate::models::TransferTemplateExecuteResponse>,
        crate::Error,
    > {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
