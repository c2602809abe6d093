use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Invoice lifecycle: drafts, publishing, payment, notifications and PDF download.
#[derive(Clone, Copy, Debug)]
pub struct InvoicesApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> InvoicesApi<'a> {
    /// List invoices
    ///
    /// Returns one page of invoices, filtered by issue, due and payment date ranges, status and a search string.
    ///
    /// `GET /pay-int-api/invoices`
    ///
    /// Pages: use `.into_stream()` to walk every item.
    pub fn list_invoices(&self) -> ListInvoices<'a> {
        ListInvoices {
            client: self.client,
            issue_date_from: None,
            issue_date_to: None,
            due_date_from: None,
            due_date_to: None,
            payment_date_from: None,
            payment_date_to: None,
            status: None,
            page: None,
            page_size: None,
            asc: None,
            search: None,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Create an invoice
    ///
    /// Creates an invoice in draft state with customer data, line items and amount adjustments, and returns its identifier.
    ///
    /// `POST /pay-int-api/invoices`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_invoice(&self, body: crate::models::CreateInvoiceRequest) -> CreateInvoice<'a> {
        CreateInvoice {
            client: self.client,
            body,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Get an invoice
    ///
    /// Returns one invoice with customer, line items, amounts, calculations, merchant contact and history.
    ///
    /// `GET /pay-int-api/invoices/{invoiceId}`
    ///
    /// # Arguments
    /// - `invoice_id` (`invoiceId`): Id of the invoice to read.
    pub fn get_invoice(&self, invoice_id: paygen_runtime::Uuid) -> GetInvoice<'a> {
        GetInvoice {
            client: self.client,
            invoice_id,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Update an invoice
    ///
    /// Replaces the editable content of an invoice.
    ///
    /// `PUT /pay-int-api/invoices/{invoiceId}`
    ///
    /// # Arguments
    /// - `invoice_id` (`invoiceId`): Id of the invoice to change.
    /// - `body`: the request body (application/json)
    pub fn update_invoice(
        &self,
        invoice_id: paygen_runtime::Uuid,
        body: crate::models::UpdateInvoiceRequest,
    ) -> UpdateInvoice<'a> {
        UpdateInvoice {
            client: self.client,
            invoice_id,
            body,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Delete an invoice
    ///
    /// Deletes an invoice.
    ///
    /// `DELETE /pay-int-api/invoices/{invoiceId}`
    ///
    /// # Arguments
    /// - `invoice_id` (`invoiceId`): Id of the invoice to remove.
    pub fn delete_invoice(&self, invoice_id: paygen_runtime::Uuid) -> DeleteInvoice<'a> {
        DeleteInvoice {
            client: self.client,
            invoice_id,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Pay an invoice by card
    ///
    /// Pays an invoice with card data; the outcome is reported in the body (success flag and transaction data), not by the HTTP status.
    ///
    /// `POST /pay-int-api/invoices/{invoiceId}/submit`
    ///
    /// # Arguments
    /// - `invoice_id` (`invoiceId`): Id of the invoice being paid.
    /// - `body`: the request body (application/json)
    pub fn submit_invoice_card_payment(
        &self,
        invoice_id: paygen_runtime::Uuid,
        body: crate::models::SubmitInvoiceCardPaymentRequest,
    ) -> SubmitInvoiceCardPayment<'a> {
        SubmitInvoiceCardPayment {
            client: self.client,
            invoice_id,
            body,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Pay an invoice by ACH
    ///
    /// Pays an invoice from a bank account through ACH; the outcome is reported in the body.
    ///
    /// `POST /pay-int-api/invoices/{invoiceId}/ach/submit`
    ///
    /// # Arguments
    /// - `invoice_id` (`invoiceId`): Id of the invoice being paid.
    /// - `body`: the request body (application/json)
    pub fn submit_invoice_ach_payment(
        &self,
        invoice_id: paygen_runtime::Uuid,
        body: crate::models::SubmitInvoiceAchPaymentRequest,
    ) -> SubmitInvoiceAchPayment<'a> {
        SubmitInvoiceAchPayment {
            client: self.client,
            invoice_id,
            body,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Get the amount breakdown of an invoice
    ///
    /// Returns the computed totals of an invoice (subtotal, discounts, taxes, fees, shipping and surcharge variants).
    ///
    /// `GET /pay-int-api/invoices/{invoiceId}/calculations`
    ///
    /// # Arguments
    /// - `invoice_id` (`invoiceId`): The identifier of the invoice.
    pub fn get_invoice_calculations(
        &self,
        invoice_id: paygen_runtime::Uuid,
    ) -> GetInvoiceCalculations<'a> {
        GetInvoiceCalculations {
            client: self.client,
            invoice_id,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Publish an invoice
    ///
    /// Creates an invoice and publishes it in one step, returning its identifier.
    ///
    /// `POST /pay-int-api/invoices/publish`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn publish_invoice(
        &self,
        body: crate::models::PublishInvoiceRequest,
    ) -> PublishInvoice<'a> {
        PublishInvoice {
            client: self.client,
            body,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Cancel an invoice
    ///
    /// Cancels a published invoice.
    ///
    /// `PUT /pay-int-api/invoices/{invoiceId}/cancel`
    ///
    /// # Arguments
    /// - `invoice_id` (`invoiceId`): Id of the invoice to cancel.
    pub fn cancel_invoice(&self, invoice_id: paygen_runtime::Uuid) -> CancelInvoice<'a> {
        CancelInvoice {
            client: self.client,
            invoice_id,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Flag an invoice as paid
    ///
    /// Records an invoice as paid outside the platform.
    ///
    /// `PUT /pay-int-api/invoices/{invoiceId}/mark-as-paid`
    ///
    /// # Arguments
    /// - `invoice_id` (`invoiceId`): Id of the invoice to flag as paid.
    /// - `body`: the request body (application/json)
    pub fn mark_invoice_as_paid(
        &self,
        invoice_id: paygen_runtime::Uuid,
        body: crate::models::MarkInvoiceAsPaidRequest,
    ) -> MarkInvoiceAsPaid<'a> {
        MarkInvoiceAsPaid {
            client: self.client,
            invoice_id,
            body,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Send an invoice notification (documented as SMS)
    ///
    /// Sends an invoice notification. Note: the vendor page pairs this email path with an SMS summary and an SMS-shaped body (phone number and consent); the body is kept as documented.
    ///
    /// `POST /pay-int-api/invoices/{invoiceId}/send-email-notification`
    ///
    /// # Arguments
    /// - `invoice_id` (`invoiceId`): Id of the invoice the notification is about.
    /// - `body`: the request body (application/json)
    pub fn send_invoice_email_notification(
        &self,
        invoice_id: paygen_runtime::Uuid,
        body: crate::models::SendInvoiceEmailNotificationRequest,
    ) -> SendInvoiceEmailNotification<'a> {
        SendInvoiceEmailNotification {
            client: self.client,
            invoice_id,
            body,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Download an invoice as PDF
    ///
    /// Downloads the rendered invoice as a PDF file.
    ///
    /// `GET /pay-int-api/invoices/{invoiceId}/download-pdf`
    ///
    /// # Arguments
    /// - `invoice_id` (`invoiceId`): The identifier of the invoice.
    pub fn download_invoice_pdf(&self, invoice_id: paygen_runtime::Uuid) -> DownloadInvoicePdf<'a> {
        DownloadInvoicePdf {
            client: self.client,
            invoice_id,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Send an invoice notification (documented as email)
    ///
    /// Sends a notification for a published invoice. Note: the vendor page pairs this SMS path with an email summary and an email-shaped body (receiver email); the body is kept as documented.
    ///
    /// `POST /pay-int-api/invoices/{invoiceId}/send-published-sms-notification`
    ///
    /// # Arguments
    /// - `invoice_id` (`invoiceId`): Id of the invoice the notification is about.
    /// - `body`: the request body (application/json)
    pub fn send_invoice_sms_notification(
        &self,
        invoice_id: paygen_runtime::Uuid,
        body: crate::models::SendInvoiceSmsNotificationRequest,
    ) -> SendInvoiceSmsNotification<'a> {
        SendInvoiceSmsNotification {
            client: self.client,
            invoice_id,
            body,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `GET /pay-int-api/invoices` call; finish it with [`send`](ListInvoices::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListInvoices<'a> {
    client: &'a Client,
    issue_date_from: Option<paygen_runtime::DateTime>,
    issue_date_to: Option<paygen_runtime::DateTime>,
    due_date_from: Option<paygen_runtime::DateTime>,
    due_date_to: Option<paygen_runtime::DateTime>,
    payment_date_from: Option<paygen_runtime::DateTime>,
    payment_date_to: Option<paygen_runtime::DateTime>,
    status: Option<crate::models::InvoiceStatus>,
    page: Option<i32>,
    page_size: Option<i32>,
    asc: Option<bool>,
    search: Option<String>,
    x_api_version: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListInvoices<'a> {
    /// Sets `issueDateFrom`.
    ///
    /// Sent as the query parameter `issueDateFrom`.
    pub fn issue_date_from(mut self, value: paygen_runtime::DateTime) -> Self {
        self.issue_date_from = Some(value);
        self
    }
    /// Sets `issueDateTo`.
    ///
    /// Sent as the query parameter `issueDateTo`.
    pub fn issue_date_to(mut self, value: paygen_runtime::DateTime) -> Self {
        self.issue_date_to = Some(value);
        self
    }
    /// Sets `dueDateFrom`.
    ///
    /// Sent as the query parameter `dueDateFrom`.
    pub fn due_date_from(mut self, value: paygen_runtime::DateTime) -> Self {
        self.due_date_from = Some(value);
        self
    }
    /// Sets `dueDateTo`.
    ///
    /// Sent as the query parameter `dueDateTo`.
    pub fn due_date_to(mut self, value: paygen_runtime::DateTime) -> Self {
        self.due_date_to = Some(value);
        self
    }
    /// Sets `paymentDateFrom`.
    ///
    /// Sent as the query parameter `paymentDateFrom`.
    pub fn payment_date_from(mut self, value: paygen_runtime::DateTime) -> Self {
        self.payment_date_from = Some(value);
        self
    }
    /// Sets `paymentDateTo`.
    ///
    /// Sent as the query parameter `paymentDateTo`.
    pub fn payment_date_to(mut self, value: paygen_runtime::DateTime) -> Self {
        self.payment_date_to = Some(value);
        self
    }
    /// Aurora-defined integer enumeration (PaymentIntegrations.Contracts.Enums.InvoiceStatus).
    ///
    /// Sent as the query parameter `status`.
    pub fn status(mut self, value: crate::models::InvoiceStatus) -> Self {
        self.status = Some(value);
        self
    }
    /// Zero-based page index.
    ///
    /// Sent as the query parameter `page`.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }
    /// Page size (items per page).
    ///
    /// Sent as the query parameter `pageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }
    /// Sort order is ascending.
    ///
    /// Sent as the query parameter `asc`.
    pub fn asc(mut self, value: bool) -> Self {
        self.asc = Some(value);
        self
    }
    /// Sets `search`.
    ///
    /// Sent as the query parameter `search`.
    pub fn search(mut self, value: impl Into<String>) -> Self {
        self.search = Some(value.into());
        self
    }
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
        let mut query = Vec::new();
        if let Some(value) = &self.issue_date_from {
            query.push(("issueDateFrom".to_string(), value.to_param()));
        }
        if let Some(value) = &self.issue_date_to {
            query.push(("issueDateTo".to_string(), value.to_param()));
        }
        if let Some(value) = &self.due_date_from {
            query.push(("dueDateFrom".to_string(), value.to_param()));
        }
        if let Some(value) = &self.due_date_to {
            query.push(("dueDateTo".to_string(), value.to_param()));
        }
        if let Some(value) = &self.payment_date_from {
            query.push(("paymentDateFrom".to_string(), value.to_param()));
        }
        if let Some(value) = &self.payment_date_to {
            query.push(("paymentDateTo".to_string(), value.to_param()));
        }
        if let Some(value) = &self.status {
            query.push(("status".to_string(), value.to_param()));
        }
        if let Some(value) = &self.page {
            query.push(("page".to_string(), value.to_param()));
        }
        if let Some(value) = &self.page_size {
            query.push(("pageSize".to_string(), value.to_param()));
        }
        if let Some(value) = &self.asc {
            query.push(("asc".to_string(), value.to_param()));
        }
        if let Some(value) = &self.search {
            query.push(("search".to_string(), value.to_param()));
        }
        let mut headers = Vec::new();
        if let Some(value) = &self.x_api_version {
            headers.push(("x-api-version".to_string(), value.to_param()));
        }
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/pay-int-api/invoices",
            path: "/pay-int-api/invoices".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::ListInvoicesResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::ListInvoicesResponse>, crate::Error> {
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
        Item = Result<crate::models::GetInvoicesResponseDto, crate::Error>,
    > + 'a {
        let spec = paygen_runtime::pagination::PageSpec {
            first_page: 0u64,
            items: "/items",
            stop: paygen_runtime::pagination::Stop::TotalItems("/total"),
        };
        paygen_runtime::pagination::stream(spec, move |page: u64| {
            let mut call = self.clone();
            call.page = Some(i32::try_from(page).unwrap_or(i32::MAX));
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
/// A prepared `POST /pay-int-api/invoices` call; finish it with [`send`](CreateInvoice::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateInvoice<'a> {
    client: &'a Client,
    x_api_version: Option<String>,
    body: crate::models::CreateInvoiceRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateInvoice<'a> {
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
            method: paygen_runtime::Method::POST,
            path_template: "/pay-int-api/invoices",
            path: "/pay-int-api/invoices".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::CreateInvoiceResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::CreateInvoiceResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `GET /pay-int-api/invoices/{invoiceId}` call; finish it with [`send`](GetInvoice::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetInvoice<'a> {
    client: &'a Client,
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetInvoice<'a> {
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
            path_template: "/pay-int-api/invoices/{invoiceId}",
            path: format!(
                "/pay-int-api/invoices/{}",
                paygen_runtime::encode_path_segment(&self.invoice_id.to_param())
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
    pub async fn send(self) -> Result<crate::models::GetInvoiceResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::GetInvoiceResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `PUT /pay-int-api/invoices/{invoiceId}` call; finish it with [`send`](UpdateInvoice::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateInvoice<'a> {
    client: &'a Client,
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::UpdateInvoiceRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> UpdateInvoice<'a> {
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
            path_template: "/pay-int-api/invoices/{invoiceId}",
            path: format!(
                "/pay-int-api/invoices/{}",
                paygen_runtime::encode_path_segment(&self.invoice_id.to_param())
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
/// A prepared `DELETE /pay-int-api/invoices/{invoiceId}` call; finish it with [`send`](DeleteInvoice::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteInvoice<'a> {
    client: &'a Client,
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> DeleteInvoice<'a> {
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
            method: paygen_runtime::Method::DELETE,
            path_template: "/pay-int-api/invoices/{invoiceId}",
            path: format!(
                "/pay-int-api/invoices/{}",
                paygen_runtime::encode_path_segment(&self.invoice_id.to_param())
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
/// A prepared `POST /pay-int-api/invoices/{invoiceId}/submit` call; finish it with [`send`](SubmitInvoiceCardPayment::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SubmitInvoiceCardPayment<'a> {
    client: &'a Client,
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::SubmitInvoiceCardPaymentRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> SubmitInvoiceCardPayment<'a> {
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
            method: paygen_runtime::Method::POST,
            path_template: "/pay-int-api/invoices/{invoiceId}/submit",
            path: format!(
                "/pay-int-api/invoices/{}/submit",
                paygen_runtime::encode_path_segment(&self.invoice_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(
        self,
    ) -> Result<crate::models::SubmitInvoiceCardPaymentResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<
        paygen_runtime::Response<crate::models::SubmitInvoiceCardPaymentResponse>,
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
/// A prepared `POST /pay-int-api/invoices/{invoiceId}/ach/submit` call; finish it with [`send`](SubmitInvoiceAchPayment::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SubmitInvoiceAchPayment<'a> {
    client: &'a Client,
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::SubmitInvoiceAchPaymentRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> SubmitInvoiceAchPayment<'a> {
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
            method: paygen_runtime::Method::POST,
            path_template: "/pay-int-api/invoices/{invoiceId}/ach/submit",
            path: format!(
                "/pay-int-api/invoices/{}/ach/submit",
                paygen_runtime::encode_path_segment(&self.invoice_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(
        self,
    ) -> Result<crate::models::SubmitInvoiceAchPaymentResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<
        paygen_runtime::Response<crate::models::SubmitInvoiceAchPaymentResponse>,
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
/// A prepared `GET /pay-int-api/invoices/{invoiceId}/calculations` call; finish it with [`send`](GetInvoiceCalculations::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetInvoiceCalculations<'a> {
    client: &'a Client,
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetInvoiceCalculations<'a> {
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
            path_template: "/pay-int-api/invoices/{invoiceId}/calculations",
            path: format!(
                "/pay-int-api/invoices/{}/calculations",
                paygen_runtime::encode_path_segment(&self.invoice_id.to_param())
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
    pub async fn send(self) -> Result<crate::models::GetInvoiceCalculationsResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::GetInvoiceCalculationsResponse>, crate::Error>
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
/// A prepared `POST /pay-int-api/invoices/publish` call; finish it with [`send`](PublishInvoice::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PublishInvoice<'a> {
    client: &'a Client,
    x_api_version: Option<String>,
    body: crate::models::PublishInvoiceRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> PublishInvoice<'a> {
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
            method: paygen_runtime::Method::POST,
            path_template: "/pay-int-api/invoices/publish",
            path: "/pay-int-api/invoices/publish".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::PublishInvoiceResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::PublishInvoiceResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `PUT /pay-int-api/invoices/{invoiceId}/cancel` call; finish it with [`send`](CancelInvoice::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CancelInvoice<'a> {
    client: &'a Client,
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CancelInvoice<'a> {
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
            path_template: "/pay-int-api/invoices/{invoiceId}/cancel",
            path: format!(
                "/pay-int-api/invoices/{}/cancel",
                paygen_runtime::encode_path_segment(&self.invoice_id.to_param())
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
/// A prepared `PUT /pay-int-api/invoices/{invoiceId}/mark-as-paid` call; finish it with [`send`](MarkInvoiceAsPaid::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct MarkInvoiceAsPaid<'a> {
    client: &'a Client,
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::MarkInvoiceAsPaidRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> MarkInvoiceAsPaid<'a> {
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
            path_template: "/pay-int-api/invoices/{invoiceId}/mark-as-paid",
            path: format!(
                "/pay-int-api/invoices/{}/mark-as-paid",
                paygen_runtime::encode_path_segment(&self.invoice_id.to_param())
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
/// A prepared `POST /pay-int-api/invoices/{invoiceId}/send-email-notification` call; finish it with [`send`](SendInvoiceEmailNotification::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SendInvoiceEmailNotification<'a> {
    client: &'a Client,
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::SendInvoiceEmailNotificationRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> SendInvoiceEmailNotification<'a> {
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
            method: paygen_runtime::Method::POST,
            path_template: "/pay-int-api/invoices/{invoiceId}/send-email-notification",
            path: format!(
                "/pay-int-api/invoices/{}/send-email-notification",
                paygen_runtime::encode_path_segment(&self.invoice_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
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
/// A prepared `GET /pay-int-api/invoices/{invoiceId}/download-pdf` call; finish it with [`send`](DownloadInvoicePdf::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DownloadInvoicePdf<'a> {
    client: &'a Client,
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> DownloadInvoicePdf<'a> {
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
        let mut headers = vec![("Accept".to_string(), "application/pdf".to_string())];
        headers.push(("Accept".to_string(), "application/pdf".to_string()));
        if let Some(value) = &self.x_api_version {
            headers.push(("x-api-version".to_string(), value.to_param()));
        }
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/pay-int-api/invoices/{invoiceId}/download-pdf",
            path: format!(
                "/pay-int-api/invoices/{}/download-pdf",
                paygen_runtime::encode_path_segment(&self.invoice_id.to_param())
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
    pub async fn send(self) -> Result<paygen_runtime::Bytes, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<paygen_runtime::Bytes>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = raw.body.clone();
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /pay-int-api/invoices/{invoiceId}/send-published-sms-notification` call; finish it with [`send`](SendInvoiceSmsNotification::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SendInvoiceSmsNotification<'a> {
    client: &'a Client,
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::SendInvoiceSmsNotificationRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> SendInvoiceSmsNotification<'a> {
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
            method: paygen_runtime::Method::POST,
            path_template: "/pay-int-api/invoices/{invoiceId}/send-published-sms-notification",
            path: format!(
                "/pay-int-api/invoices/{}/send-published-sms-notification",
                paygen_runtime::encode_path_segment(&self.invoice_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
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
