use crate::client::Client;

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
    /// Pages: [`into_stream`](crate::client::Call::into_stream) on the returned call walks every item.
    pub fn list_invoices(&self) -> crate::client::Call<'a, ListInvoices> {
        crate::client::Call::new(
            self.client,
            ListInvoices {
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
            },
        )
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
        body: crate::models::CreateInvoiceRequest,
    ) -> crate::client::Call<'a, CreateInvoice> {
        crate::client::Call::new(
            self.client,
            CreateInvoice {
                body,
                x_api_version: None,
            },
        )
    }

    /// Get an invoice
    ///
    /// Returns one invoice with customer, line items, amounts, calculations, merchant contact and history.
    ///
    /// `GET /pay-int-api/invoices/{invoiceId}`
    ///
    /// # Arguments
    /// - `invoice_id` (`invoiceId`): Id of the invoice to read.
    pub fn get_invoice(
        &self,
        invoice_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, GetInvoice> {
        crate::client::Call::new(
            self.client,
            GetInvoice {
                invoice_id,
                x_api_version: None,
            },
        )
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
    ) -> crate::client::Call<'a, UpdateInvoice> {
        crate::client::Call::new(
            self.client,
            UpdateInvoice {
                invoice_id,
                body,
                x_api_version: None,
            },
        )
    }

    /// Delete an invoice
    ///
    /// Deletes an invoice.
    ///
    /// `DELETE /pay-int-api/invoices/{invoiceId}`
    ///
    /// # Arguments
    /// - `invoice_id` (`invoiceId`): Id of the invoice to remove.
    pub fn delete_invoice(
        &self,
        invoice_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, DeleteInvoice> {
        crate::client::Call::new(
            self.client,
            DeleteInvoice {
                invoice_id,
                x_api_version: None,
            },
        )
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
    ) -> crate::client::Call<'a, SubmitInvoiceCardPayment> {
        crate::client::Call::new(
            self.client,
            SubmitInvoiceCardPayment {
                invoice_id,
                body,
                x_api_version: None,
            },
        )
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
    ) -> crate::client::Call<'a, SubmitInvoiceAchPayment> {
        crate::client::Call::new(
            self.client,
            SubmitInvoiceAchPayment {
                invoice_id,
                body,
                x_api_version: None,
            },
        )
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
    ) -> crate::client::Call<'a, GetInvoiceCalculations> {
        crate::client::Call::new(
            self.client,
            GetInvoiceCalculations {
                invoice_id,
                x_api_version: None,
            },
        )
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
    ) -> crate::client::Call<'a, PublishInvoice> {
        crate::client::Call::new(
            self.client,
            PublishInvoice {
                body,
                x_api_version: None,
            },
        )
    }

    /// Cancel an invoice
    ///
    /// Cancels a published invoice.
    ///
    /// `PUT /pay-int-api/invoices/{invoiceId}/cancel`
    ///
    /// # Arguments
    /// - `invoice_id` (`invoiceId`): Id of the invoice to cancel.
    pub fn cancel_invoice(
        &self,
        invoice_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, CancelInvoice> {
        crate::client::Call::new(
            self.client,
            CancelInvoice {
                invoice_id,
                x_api_version: None,
            },
        )
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
    ) -> crate::client::Call<'a, MarkInvoiceAsPaid> {
        crate::client::Call::new(
            self.client,
            MarkInvoiceAsPaid {
                invoice_id,
                body,
                x_api_version: None,
            },
        )
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
    ) -> crate::client::Call<'a, SendInvoiceEmailNotification> {
        crate::client::Call::new(
            self.client,
            SendInvoiceEmailNotification {
                invoice_id,
                body,
                x_api_version: None,
            },
        )
    }

    /// Download an invoice as PDF
    ///
    /// Downloads the rendered invoice as a PDF file.
    ///
    /// `GET /pay-int-api/invoices/{invoiceId}/download-pdf`
    ///
    /// # Arguments
    /// - `invoice_id` (`invoiceId`): The identifier of the invoice.
    pub fn download_invoice_pdf(
        &self,
        invoice_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, DownloadInvoicePdf> {
        crate::client::Call::new(
            self.client,
            DownloadInvoicePdf {
                invoice_id,
                x_api_version: None,
            },
        )
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
    ) -> crate::client::Call<'a, SendInvoiceSmsNotification> {
        crate::client::Call::new(
            self.client,
            SendInvoiceSmsNotification {
                invoice_id,
                body,
                x_api_version: None,
            },
        )
    }
}

/// The parameters of `GET /pay-int-api/invoices`, set on the [`Call`](crate::client::Call) that [`list_invoices`](InvoicesApi::list_invoices) returns.
#[derive(Clone, Debug)]
pub struct ListInvoices {
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

impl crate::client::Call<'_, ListInvoices> {
    /// Sets `issueDateFrom`.
    ///
    /// Sent as the query parameter `issueDateFrom`.
    pub fn issue_date_from(mut self, value: paygen_runtime::DateTime) -> Self {
        self.op.issue_date_from = Some(value);
        self
    }

    /// Sets `issueDateTo`.
    ///
    /// Sent as the query parameter `issueDateTo`.
    pub fn issue_date_to(mut self, value: paygen_runtime::DateTime) -> Self {
        self.op.issue_date_to = Some(value);
        self
    }

    /// Sets `dueDateFrom`.
    ///
    /// Sent as the query parameter `dueDateFrom`.
    pub fn due_date_from(mut self, value: paygen_runtime::DateTime) -> Self {
        self.op.due_date_from = Some(value);
        self
    }

    /// Sets `dueDateTo`.
    ///
    /// Sent as the query parameter `dueDateTo`.
    pub fn due_date_to(mut self, value: paygen_runtime::DateTime) -> Self {
        self.op.due_date_to = Some(value);
        self
    }

    /// Sets `paymentDateFrom`.
    ///
    /// Sent as the query parameter `paymentDateFrom`.
    pub fn payment_date_from(mut self, value: paygen_runtime::DateTime) -> Self {
        self.op.payment_date_from = Some(value);
        self
    }

    /// Sets `paymentDateTo`.
    ///
    /// Sent as the query parameter `paymentDateTo`.
    pub fn payment_date_to(mut self, value: paygen_runtime::DateTime) -> Self {
        self.op.payment_date_to = Some(value);
        self
    }

    /// Aurora-defined integer enumeration (PaymentIntegrations.Contracts.Enums.InvoiceStatus).
    ///
    /// Sent as the query parameter `status`.
    pub fn status(mut self, value: crate::models::InvoiceStatus) -> Self {
        self.op.status = Some(value);
        self
    }

    /// Zero-based page index.
    ///
    /// Sent as the query parameter `page`.
    pub fn page(mut self, value: i32) -> Self {
        self.op.page = Some(value);
        self
    }

    /// Page size (items per page).
    ///
    /// Sent as the query parameter `pageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.op.page_size = Some(value);
        self
    }

    /// Sort order is ascending.
    ///
    /// Sent as the query parameter `asc`.
    pub fn asc(mut self, value: bool) -> Self {
        self.op.asc = Some(value);
        self
    }

    /// Sets `search`.
    ///
    /// Sent as the query parameter `search`.
    pub fn search(mut self, value: impl Into<String>) -> Self {
        self.op.search = Some(value.into());
        self
    }

    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for ListInvoices {
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

impl paygen_runtime::pagination::Paged for ListInvoices {
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

/// The parameters of `POST /pay-int-api/invoices`, set on the [`Call`](crate::client::Call) that [`create_invoice`](InvoicesApi::create_invoice) returns.
#[derive(Clone, Debug)]
pub struct CreateInvoice {
    x_api_version: Option<String>,
    body: crate::models::CreateInvoiceRequest,
}

impl crate::client::Call<'_, CreateInvoice> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for CreateInvoice {
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

/// The parameters of `GET /pay-int-api/invoices/{invoiceId}`, set on the [`Call`](crate::client::Call) that [`get_invoice`](InvoicesApi::get_invoice) returns.
#[derive(Clone, Debug)]
pub struct GetInvoice {
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl crate::client::Call<'_, GetInvoice> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for GetInvoice {
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

/// The parameters of `PUT /pay-int-api/invoices/{invoiceId}`, set on the [`Call`](crate::client::Call) that [`update_invoice`](InvoicesApi::update_invoice) returns.
#[derive(Clone, Debug)]
pub struct UpdateInvoice {
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::UpdateInvoiceRequest,
}

impl crate::client::Call<'_, UpdateInvoice> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for UpdateInvoice {
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

/// The parameters of `DELETE /pay-int-api/invoices/{invoiceId}`, set on the [`Call`](crate::client::Call) that [`delete_invoice`](InvoicesApi::delete_invoice) returns.
#[derive(Clone, Debug)]
pub struct DeleteInvoice {
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl crate::client::Call<'_, DeleteInvoice> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for DeleteInvoice {
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

/// The parameters of `POST /pay-int-api/invoices/{invoiceId}/submit`, set on the [`Call`](crate::client::Call) that [`submit_invoice_card_payment`](InvoicesApi::submit_invoice_card_payment) returns.
#[derive(Clone, Debug)]
pub struct SubmitInvoiceCardPayment {
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::SubmitInvoiceCardPaymentRequest,
}

impl crate::client::Call<'_, SubmitInvoiceCardPayment> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for SubmitInvoiceCardPayment {
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
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// The parameters of `POST /pay-int-api/invoices/{invoiceId}/ach/submit`, set on the [`Call`](crate::client::Call) that [`submit_invoice_ach_payment`](InvoicesApi::submit_invoice_ach_payment) returns.
#[derive(Clone, Debug)]
pub struct SubmitInvoiceAchPayment {
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::SubmitInvoiceAchPaymentRequest,
}

impl crate::client::Call<'_, SubmitInvoiceAchPayment> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for SubmitInvoiceAchPayment {
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
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// The parameters of `GET /pay-int-api/invoices/{invoiceId}/calculations`, set on the [`Call`](crate::client::Call) that [`get_invoice_calculations`](InvoicesApi::get_invoice_calculations) returns.
#[derive(Clone, Debug)]
pub struct GetInvoiceCalculations {
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl crate::client::Call<'_, GetInvoiceCalculations> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for GetInvoiceCalculations {
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

/// The parameters of `POST /pay-int-api/invoices/publish`, set on the [`Call`](crate::client::Call) that [`publish_invoice`](InvoicesApi::publish_invoice) returns.
#[derive(Clone, Debug)]
pub struct PublishInvoice {
    x_api_version: Option<String>,
    body: crate::models::PublishInvoiceRequest,
}

impl crate::client::Call<'_, PublishInvoice> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for PublishInvoice {
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

/// The parameters of `PUT /pay-int-api/invoices/{invoiceId}/cancel`, set on the [`Call`](crate::client::Call) that [`cancel_invoice`](InvoicesApi::cancel_invoice) returns.
#[derive(Clone, Debug)]
pub struct CancelInvoice {
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl crate::client::Call<'_, CancelInvoice> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for CancelInvoice {
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

/// The parameters of `PUT /pay-int-api/invoices/{invoiceId}/mark-as-paid`, set on the [`Call`](crate::client::Call) that [`mark_invoice_as_paid`](InvoicesApi::mark_invoice_as_paid) returns.
#[derive(Clone, Debug)]
pub struct MarkInvoiceAsPaid {
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::MarkInvoiceAsPaidRequest,
}

impl crate::client::Call<'_, MarkInvoiceAsPaid> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for MarkInvoiceAsPaid {
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

/// The parameters of `POST /pay-int-api/invoices/{invoiceId}/send-email-notification`, set on the [`Call`](crate::client::Call) that [`send_invoice_email_notification`](InvoicesApi::send_invoice_email_notification) returns.
#[derive(Clone, Debug)]
pub struct SendInvoiceEmailNotification {
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::SendInvoiceEmailNotificationRequest,
}

impl crate::client::Call<'_, SendInvoiceEmailNotification> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for SendInvoiceEmailNotification {
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

/// The parameters of `GET /pay-int-api/invoices/{invoiceId}/download-pdf`, set on the [`Call`](crate::client::Call) that [`download_invoice_pdf`](InvoicesApi::download_invoice_pdf) returns.
#[derive(Clone, Debug)]
pub struct DownloadInvoicePdf {
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl crate::client::Call<'_, DownloadInvoicePdf> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for DownloadInvoicePdf {
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

/// The parameters of `POST /pay-int-api/invoices/{invoiceId}/send-published-sms-notification`, set on the [`Call`](crate::client::Call) that [`send_invoice_sms_notification`](InvoicesApi::send_invoice_sms_notification) returns.
#[derive(Clone, Debug)]
pub struct SendInvoiceSmsNotification {
    invoice_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::SendInvoiceSmsNotificationRequest,
}

impl crate::client::Call<'_, SendInvoiceSmsNotification> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for SendInvoiceSmsNotification {
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
