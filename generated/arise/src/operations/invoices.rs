use crate::client::{Call, Client};
use paygen_runtime::Response;
use paygen_runtime::futures::Stream;
use std::future::Future;

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
    /// Pages: [`into_stream`](ListInvoices::into_stream) on the returned call walks every item.
    pub fn list_invoices(&self) -> ListInvoices<'a> {
        ListInvoices {
            call: Call::new(self.client),
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
            x_api_version: self.client.defaults.x_api_version.clone(),
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
    pub fn create_invoice(
        &self,
        body: impl Into<crate::models::CreateInvoiceRequest>,
    ) -> CreateInvoice<'a> {
        CreateInvoice {
            call: Call::new(self.client),
            x_api_version: self.client.defaults.x_api_version.clone(),
            body: body.into(),
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
            call: Call::new(self.client),
            invoice_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
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
        body: impl Into<crate::models::UpdateInvoiceRequest>,
    ) -> UpdateInvoice<'a> {
        UpdateInvoice {
            call: Call::new(self.client),
            invoice_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
            body: body.into(),
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
            call: Call::new(self.client),
            invoice_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
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
        body: impl Into<crate::models::SubmitInvoiceCardPaymentRequest>,
    ) -> SubmitInvoiceCardPayment<'a> {
        SubmitInvoiceCardPayment {
            call: Call::new(self.client),
            invoice_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
            body: body.into(),
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
        body: impl Into<crate::models::SubmitInvoiceAchPaymentRequest>,
    ) -> SubmitInvoiceAchPayment<'a> {
        SubmitInvoiceAchPayment {
            call: Call::new(self.client),
            invoice_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
            body: body.into(),
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
            call: Call::new(self.client),
            invoice_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
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
        body: impl Into<crate::models::PublishInvoiceRequest>,
    ) -> PublishInvoice<'a> {
        PublishInvoice {
            call: Call::new(self.client),
            x_api_version: self.client.defaults.x_api_version.clone(),
            body: body.into(),
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
            call: Call::new(self.client),
            invoice_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
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
        body: impl Into<crate::models::MarkInvoiceAsPaidRequest>,
    ) -> MarkInvoiceAsPaid<'a> {
        MarkInvoiceAsPaid {
            call: Call::new(self.client),
            invoice_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
            body: body.into(),
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
        body: impl Into<crate::models::SendInvoiceEmailNotificationRequest>,
    ) -> SendInvoiceEmailNotification<'a> {
        SendInvoiceEmailNotification {
            call: Call::new(self.client),
            invoice_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
            body: body.into(),
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
            call: Call::new(self.client),
            invoice_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
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
        body: impl Into<crate::models::SendInvoiceSmsNotificationRequest>,
    ) -> SendInvoiceSmsNotification<'a> {
        SendInvoiceSmsNotification {
            call: Call::new(self.client),
            invoice_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
            body: body.into(),
        }
    }
}

/// List invoices
///
/// `GET /pay-int-api/invoices`, started by [`InvoicesApi::list_invoices`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListInvoices<'a> {
    call: Call<'a>,
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
}

impl<'a> ListInvoices<'a> {
    /// Query parameter `issueDateFrom`: A date and time (RFC 3339).
    pub fn issue_date_from(mut self, value: impl Into<paygen_runtime::DateTime>) -> Self {
        self.issue_date_from = Some(value.into());
        self
    }

    /// Query parameter `issueDateTo`: A date and time (RFC 3339).
    pub fn issue_date_to(mut self, value: impl Into<paygen_runtime::DateTime>) -> Self {
        self.issue_date_to = Some(value.into());
        self
    }

    /// Query parameter `dueDateFrom`: A date and time (RFC 3339).
    pub fn due_date_from(mut self, value: impl Into<paygen_runtime::DateTime>) -> Self {
        self.due_date_from = Some(value.into());
        self
    }

    /// Query parameter `dueDateTo`: A date and time (RFC 3339).
    pub fn due_date_to(mut self, value: impl Into<paygen_runtime::DateTime>) -> Self {
        self.due_date_to = Some(value.into());
        self
    }

    /// Query parameter `paymentDateFrom`: A date and time (RFC 3339).
    pub fn payment_date_from(mut self, value: impl Into<paygen_runtime::DateTime>) -> Self {
        self.payment_date_from = Some(value.into());
        self
    }

    /// Query parameter `paymentDateTo`: A date and time (RFC 3339).
    pub fn payment_date_to(mut self, value: impl Into<paygen_runtime::DateTime>) -> Self {
        self.payment_date_to = Some(value.into());
        self
    }

    /// Query parameter `status`: Aurora-defined integer enumeration (PaymentIntegrations.Contracts.Enums.InvoiceStatus).
    pub fn status(mut self, value: impl Into<crate::models::InvoiceStatus>) -> Self {
        self.status = Some(value.into());
        self
    }

    /// Query parameter `page`: Zero-based page index.
    pub fn page(mut self, value: i32) -> Self {
        self.page = Some(value);
        self
    }

    /// Query parameter `pageSize`: Page size (items per page).
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }

    /// Query parameter `asc`: Sort order is ascending.
    pub fn asc(mut self, value: bool) -> Self {
        self.asc = Some(value);
        self
    }

    /// Query parameter `search`: Text.
    pub fn search(mut self, value: impl Into<String>) -> Self {
        self.search = Some(value.into());
        self
    }

    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::ListInvoicesResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::ListInvoicesResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }

    /// Walks every page from the first, yielding items one by one. The stream ends after
    /// the last page, on an empty page, or after the first error.
    #[inline]
    pub fn into_stream(
        self,
    ) -> impl Stream<Item = Result<crate::models::GetInvoicesResponseDto, crate::Error>> + 'a {
        self.call.clone().stream(self)
    }
}

impl paygen_runtime::CallOptions for ListInvoices<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListInvoices<'_> {
    type Output = crate::models::ListInvoicesResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-int-api/invoices",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.issue_date_from {
            request.query("issueDateFrom", value);
        }
        if let Some(value) = &self.issue_date_to {
            request.query("issueDateTo", value);
        }
        if let Some(value) = &self.due_date_from {
            request.query("dueDateFrom", value);
        }
        if let Some(value) = &self.due_date_to {
            request.query("dueDateTo", value);
        }
        if let Some(value) = &self.payment_date_from {
            request.query("paymentDateFrom", value);
        }
        if let Some(value) = &self.payment_date_to {
            request.query("paymentDateTo", value);
        }
        if let Some(value) = &self.status {
            request.query("status", value);
        }
        if let Some(value) = &self.page {
            request.query("page", value);
        }
        if let Some(value) = &self.page_size {
            request.query("pageSize", value);
        }
        if let Some(value) = &self.asc {
            request.query("asc", value);
        }
        if let Some(value) = &self.search {
            request.query("search", value);
        }
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

impl paygen_runtime::pagination::Paged for ListInvoices<'_> {
    type Item = crate::models::GetInvoicesResponseDto;

    fn page_spec() -> paygen_runtime::pagination::PageSpec {
        paygen_runtime::pagination::PageSpec {
            first_page: 0u64,
            items: "/items",
            stop: paygen_runtime::pagination::Stop::TotalItems("/total"),
        }
    }

    fn set_page(&mut self, page: u64) {
        self.page = Some(i32::try_from(page).unwrap_or(i32::MAX));
    }
}

/// Create an invoice
///
/// `POST /pay-int-api/invoices`, started by [`InvoicesApi::create_invoice`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateInvoice<'a> {
    call: Call<'a>,
    x_api_version: Option<String>,
    body: crate::models::CreateInvoiceRequest,
}

impl<'a> CreateInvoice<'a> {
    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::CreateInvoiceResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::CreateInvoiceResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateInvoice<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateInvoice<'_> {
    type Output = crate::models::CreateInvoiceResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-int-api/invoices",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        request.body = paygen_runtime::json_body(&self.body)?;
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Get an invoice
///
/// `GET /pay-int-api/invoices/{invoiceId}`, started by [`InvoicesApi::get_invoice`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetInvoice<'a> {
    call: Call<'a>,
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl<'a> GetInvoice<'a> {
    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::GetInvoiceResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::GetInvoiceResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetInvoice<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetInvoice<'_> {
    type Output = crate::models::GetInvoiceResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-int-api/invoices/{invoiceId}",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("invoiceId", &self.invoice_id);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Update an invoice
///
/// `PUT /pay-int-api/invoices/{invoiceId}`, started by [`InvoicesApi::update_invoice`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateInvoice<'a> {
    call: Call<'a>,
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::UpdateInvoiceRequest,
}

impl<'a> UpdateInvoice<'a> {
    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<(), crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<()>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for UpdateInvoice<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for UpdateInvoice<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PUT,
        path: "/pay-int-api/invoices/{invoiceId}",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("invoiceId", &self.invoice_id);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        request.body = paygen_runtime::json_body(&self.body)?;
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}

/// Delete an invoice
///
/// `DELETE /pay-int-api/invoices/{invoiceId}`, started by [`InvoicesApi::delete_invoice`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteInvoice<'a> {
    call: Call<'a>,
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl<'a> DeleteInvoice<'a> {
    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<(), crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<()>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for DeleteInvoice<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for DeleteInvoice<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::DELETE,
        path: "/pay-int-api/invoices/{invoiceId}",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("invoiceId", &self.invoice_id);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}

/// Pay an invoice by card
///
/// `POST /pay-int-api/invoices/{invoiceId}/submit`, started by [`InvoicesApi::submit_invoice_card_payment`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SubmitInvoiceCardPayment<'a> {
    call: Call<'a>,
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::SubmitInvoiceCardPaymentRequest,
}

impl<'a> SubmitInvoiceCardPayment<'a> {
    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::SubmitInvoiceCardPaymentResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::SubmitInvoiceCardPaymentResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for SubmitInvoiceCardPayment<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for SubmitInvoiceCardPayment<'_> {
    type Output = crate::models::SubmitInvoiceCardPaymentResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-int-api/invoices/{invoiceId}/submit",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("invoiceId", &self.invoice_id);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        request.body = paygen_runtime::json_body(&self.body)?;
        request.sensitive_values_of(&self.body);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Pay an invoice by ACH
///
/// `POST /pay-int-api/invoices/{invoiceId}/ach/submit`, started by [`InvoicesApi::submit_invoice_ach_payment`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SubmitInvoiceAchPayment<'a> {
    call: Call<'a>,
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::SubmitInvoiceAchPaymentRequest,
}

impl<'a> SubmitInvoiceAchPayment<'a> {
    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::SubmitInvoiceAchPaymentResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::SubmitInvoiceAchPaymentResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for SubmitInvoiceAchPayment<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for SubmitInvoiceAchPayment<'_> {
    type Output = crate::models::SubmitInvoiceAchPaymentResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-int-api/invoices/{invoiceId}/ach/submit",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("invoiceId", &self.invoice_id);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        request.body = paygen_runtime::json_body(&self.body)?;
        request.sensitive_values_of(&self.body);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Get the amount breakdown of an invoice
///
/// `GET /pay-int-api/invoices/{invoiceId}/calculations`, started by [`InvoicesApi::get_invoice_calculations`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetInvoiceCalculations<'a> {
    call: Call<'a>,
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl<'a> GetInvoiceCalculations<'a> {
    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::GetInvoiceCalculationsResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::GetInvoiceCalculationsResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetInvoiceCalculations<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetInvoiceCalculations<'_> {
    type Output = crate::models::GetInvoiceCalculationsResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-int-api/invoices/{invoiceId}/calculations",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("invoiceId", &self.invoice_id);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Publish an invoice
///
/// `POST /pay-int-api/invoices/publish`, started by [`InvoicesApi::publish_invoice`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct PublishInvoice<'a> {
    call: Call<'a>,
    x_api_version: Option<String>,
    body: crate::models::PublishInvoiceRequest,
}

impl<'a> PublishInvoice<'a> {
    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::PublishInvoiceResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::PublishInvoiceResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for PublishInvoice<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for PublishInvoice<'_> {
    type Output = crate::models::PublishInvoiceResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-int-api/invoices/publish",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        request.body = paygen_runtime::json_body(&self.body)?;
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Cancel an invoice
///
/// `PUT /pay-int-api/invoices/{invoiceId}/cancel`, started by [`InvoicesApi::cancel_invoice`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CancelInvoice<'a> {
    call: Call<'a>,
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl<'a> CancelInvoice<'a> {
    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<(), crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<()>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CancelInvoice<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CancelInvoice<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PUT,
        path: "/pay-int-api/invoices/{invoiceId}/cancel",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("invoiceId", &self.invoice_id);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}

/// Flag an invoice as paid
///
/// `PUT /pay-int-api/invoices/{invoiceId}/mark-as-paid`, started by [`InvoicesApi::mark_invoice_as_paid`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct MarkInvoiceAsPaid<'a> {
    call: Call<'a>,
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::MarkInvoiceAsPaidRequest,
}

impl<'a> MarkInvoiceAsPaid<'a> {
    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<(), crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<()>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for MarkInvoiceAsPaid<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for MarkInvoiceAsPaid<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PUT,
        path: "/pay-int-api/invoices/{invoiceId}/mark-as-paid",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("invoiceId", &self.invoice_id);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        request.body = paygen_runtime::json_body(&self.body)?;
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}

/// Send an invoice notification (documented as SMS)
///
/// `POST /pay-int-api/invoices/{invoiceId}/send-email-notification`, started by [`InvoicesApi::send_invoice_email_notification`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SendInvoiceEmailNotification<'a> {
    call: Call<'a>,
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::SendInvoiceEmailNotificationRequest,
}

impl<'a> SendInvoiceEmailNotification<'a> {
    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<(), crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<()>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for SendInvoiceEmailNotification<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for SendInvoiceEmailNotification<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-int-api/invoices/{invoiceId}/send-email-notification",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("invoiceId", &self.invoice_id);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        request.body = paygen_runtime::json_body(&self.body)?;
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}

/// Download an invoice as PDF
///
/// `GET /pay-int-api/invoices/{invoiceId}/download-pdf`, started by [`InvoicesApi::download_invoice_pdf`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DownloadInvoicePdf<'a> {
    call: Call<'a>,
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl<'a> DownloadInvoicePdf<'a> {
    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<paygen_runtime::Bytes, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<paygen_runtime::Bytes>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for DownloadInvoicePdf<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for DownloadInvoicePdf<'_> {
    type Output = paygen_runtime::Bytes;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-int-api/invoices/{invoiceId}/download-pdf",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("invoiceId", &self.invoice_id);
        request.header("Accept", "application/pdf");
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::body_bytes)
    }
}

/// Send an invoice notification (documented as email)
///
/// `POST /pay-int-api/invoices/{invoiceId}/send-published-sms-notification`, started by [`InvoicesApi::send_invoice_sms_notification`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SendInvoiceSmsNotification<'a> {
    call: Call<'a>,
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::SendInvoiceSmsNotificationRequest,
}

impl<'a> SendInvoiceSmsNotification<'a> {
    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<(), crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<()>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for SendInvoiceSmsNotification<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for SendInvoiceSmsNotification<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-int-api/invoices/{invoiceId}/send-published-sms-notification",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("invoiceId", &self.invoice_id);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        request.body = paygen_runtime::json_body(&self.body)?;
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}
