use crate::client::Client;

/// One-time and reusable payment links.
#[derive(Clone, Copy, Debug)]
pub struct QuickPaymentsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> QuickPaymentsApi<'a> {
    /// List one-time payment links
    ///
    /// Returns one page of single-use payment links.
    ///
    /// `GET /pay-int-api/quick-payments/one-time`
    ///
    /// Pages: [`into_stream`](crate::client::Call::into_stream) on the returned call walks every item.
    pub fn list_one_time_quick_payments(
        &self,
    ) -> crate::client::Call<'a, ListOneTimeQuickPayments> {
        crate::client::Call::new(
            self.client,
            ListOneTimeQuickPayments {
                page: None,
                page_size: None,
                order_by: None,
                asc: None,
                search: None,
                x_api_version: None,
            },
        )
    }

    /// Create a single-use payment link
    ///
    /// Creates a single-use payment link for a fixed amount and returns its identifier and URL.
    ///
    /// `POST /pay-int-api/quick-payments/one-time`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_one_time_quick_payment(
        &self,
        body: crate::models::CreateOneTimeQuickPaymentRequest,
    ) -> crate::client::Call<'a, CreateOneTimeQuickPayment> {
        crate::client::Call::new(
            self.client,
            CreateOneTimeQuickPayment {
                body,
                x_api_version: None,
            },
        )
    }

    /// Get a one-time payment link
    ///
    /// Returns the details of a single-use payment link (a read exposed as POST, without body).
    ///
    /// `POST /pay-int-api/quick-payments/one-time/{quickPaymentId}`
    ///
    /// # Arguments
    /// - `quick_payment_id` (`quickPaymentId`): Payment link identifier.
    pub fn get_one_time_quick_payment(
        &self,
        quick_payment_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, GetOneTimeQuickPayment> {
        crate::client::Call::new(
            self.client,
            GetOneTimeQuickPayment {
                quick_payment_id,
                x_api_version: None,
            },
        )
    }

    /// Activate a payment link
    ///
    /// Re-enables a payment link.
    ///
    /// `POST /pay-int-api/quick-payments/{quickPaymentId}/activate`
    ///
    /// # Arguments
    /// - `quick_payment_id` (`quickPaymentId`): Payment link identifier.
    pub fn activate_quick_payment(
        &self,
        quick_payment_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, ActivateQuickPayment> {
        crate::client::Call::new(
            self.client,
            ActivateQuickPayment {
                quick_payment_id,
                x_api_version: None,
            },
        )
    }

    /// Deactivate a payment link
    ///
    /// Disables a payment link so it can no longer be paid.
    ///
    /// `POST /pay-int-api/quick-payments/{quickPaymentId}/deactivate`
    ///
    /// # Arguments
    /// - `quick_payment_id` (`quickPaymentId`): Payment link identifier.
    pub fn deactivate_quick_payment(
        &self,
        quick_payment_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, DeactivateQuickPayment> {
        crate::client::Call::new(
            self.client,
            DeactivateQuickPayment {
                quick_payment_id,
                x_api_version: None,
            },
        )
    }

    /// Send a payment link by SMS
    ///
    /// Texts a payment link to a phone number.
    ///
    /// `POST /pay-int-api/quick-payments/{quickPaymentId}/send-sms-notification`
    ///
    /// # Arguments
    /// - `quick_payment_id` (`quickPaymentId`): Payment link identifier.
    /// - `body`: the request body (application/json)
    pub fn send_quick_payment_sms_notification(
        &self,
        quick_payment_id: paygen_runtime::Uuid,
        body: crate::models::SendQuickPaymentSmsNotificationRequest,
    ) -> crate::client::Call<'a, SendQuickPaymentSmsNotification> {
        crate::client::Call::new(
            self.client,
            SendQuickPaymentSmsNotification {
                quick_payment_id,
                body,
                x_api_version: None,
            },
        )
    }

    /// List reusable payment links
    ///
    /// Returns one page of multi-use payment links, optionally filtered by status.
    ///
    /// `GET /pay-int-api/quick-payments/reusable`
    ///
    /// Pages: [`into_stream`](crate::client::Call::into_stream) on the returned call walks every item.
    pub fn list_reusable_quick_payments(
        &self,
    ) -> crate::client::Call<'a, ListReusableQuickPayments> {
        crate::client::Call::new(
            self.client,
            ListReusableQuickPayments {
                page: None,
                page_size: None,
                order_by: None,
                asc: None,
                status: None,
                x_api_version: None,
            },
        )
    }

    /// Create a reusable payment link
    ///
    /// Creates a multi-use payment link and returns its identifier and URL.
    ///
    /// `POST /pay-int-api/quick-payments/reusable`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_reusable_quick_payment(
        &self,
        body: crate::models::CreateReusableQuickPaymentRequest,
    ) -> crate::client::Call<'a, CreateReusableQuickPayment> {
        crate::client::Call::new(
            self.client,
            CreateReusableQuickPayment {
                body,
                x_api_version: None,
            },
        )
    }

    /// Get a reusable payment link
    ///
    /// Returns the details of a multi-use payment link (a read exposed as POST, without body).
    ///
    /// `POST /pay-int-api/quick-payments/reusable/{quickPaymentId}`
    ///
    /// # Arguments
    /// - `quick_payment_id` (`quickPaymentId`): Payment link identifier.
    pub fn get_reusable_quick_payment(
        &self,
        quick_payment_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, GetReusableQuickPayment> {
        crate::client::Call::new(
            self.client,
            GetReusableQuickPayment {
                quick_payment_id,
                x_api_version: None,
            },
        )
    }
}

/// The parameters of `GET /pay-int-api/quick-payments/one-time`, set on the [`Call`](crate::client::Call) that [`list_one_time_quick_payments`](QuickPaymentsApi::list_one_time_quick_payments) returns.
#[derive(Clone, Debug)]
pub struct ListOneTimeQuickPayments {
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    search: Option<String>,
    x_api_version: Option<String>,
}

impl crate::client::Call<'_, ListOneTimeQuickPayments> {
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

    /// Name of the field used to sort the results.
    ///
    /// Sent as the query parameter `orderBy`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.op.order_by = Some(value.into());
        self
    }

    /// Sort order is ascending.
    ///
    /// Sent as the query parameter `asc`.
    pub fn asc(mut self, value: bool) -> Self {
        self.op.asc = Some(value);
        self
    }

    /// Term to search for.
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

impl paygen_runtime::Operation for ListOneTimeQuickPayments {
    type Output = crate::models::ListOneTimeQuickPaymentsResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-int-api/quick-payments/one-time",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.page {
            request.query("page", value);
        }
        if let Some(value) = &self.page_size {
            request.query("pageSize", value);
        }
        if let Some(value) = &self.order_by {
            request.query("orderBy", value);
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

impl paygen_runtime::pagination::Paged for ListOneTimeQuickPayments {
    type Item = crate::models::GetOneTimeQuickPaymentPageResponseDto;

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

/// The parameters of `POST /pay-int-api/quick-payments/one-time`, set on the [`Call`](crate::client::Call) that [`create_one_time_quick_payment`](QuickPaymentsApi::create_one_time_quick_payment) returns.
#[derive(Clone, Debug)]
pub struct CreateOneTimeQuickPayment {
    x_api_version: Option<String>,
    body: crate::models::CreateOneTimeQuickPaymentRequest,
}

impl crate::client::Call<'_, CreateOneTimeQuickPayment> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for CreateOneTimeQuickPayment {
    type Output = crate::models::CreateOneTimeQuickPaymentResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-int-api/quick-payments/one-time",
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

/// The parameters of `POST /pay-int-api/quick-payments/one-time/{quickPaymentId}`, set on the [`Call`](crate::client::Call) that [`get_one_time_quick_payment`](QuickPaymentsApi::get_one_time_quick_payment) returns.
#[derive(Clone, Debug)]
pub struct GetOneTimeQuickPayment {
    quick_payment_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl crate::client::Call<'_, GetOneTimeQuickPayment> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for GetOneTimeQuickPayment {
    type Output = crate::models::GetOneTimeQuickPaymentResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-int-api/quick-payments/one-time/{quickPaymentId}",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("quickPaymentId", &self.quick_payment_id);
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

/// The parameters of `POST /pay-int-api/quick-payments/{quickPaymentId}/activate`, set on the [`Call`](crate::client::Call) that [`activate_quick_payment`](QuickPaymentsApi::activate_quick_payment) returns.
#[derive(Clone, Debug)]
pub struct ActivateQuickPayment {
    quick_payment_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl crate::client::Call<'_, ActivateQuickPayment> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for ActivateQuickPayment {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-int-api/quick-payments/{quickPaymentId}/activate",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("quickPaymentId", &self.quick_payment_id);
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

/// The parameters of `POST /pay-int-api/quick-payments/{quickPaymentId}/deactivate`, set on the [`Call`](crate::client::Call) that [`deactivate_quick_payment`](QuickPaymentsApi::deactivate_quick_payment) returns.
#[derive(Clone, Debug)]
pub struct DeactivateQuickPayment {
    quick_payment_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl crate::client::Call<'_, DeactivateQuickPayment> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for DeactivateQuickPayment {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-int-api/quick-payments/{quickPaymentId}/deactivate",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("quickPaymentId", &self.quick_payment_id);
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

/// The parameters of `POST /pay-int-api/quick-payments/{quickPaymentId}/send-sms-notification`, set on the [`Call`](crate::client::Call) that [`send_quick_payment_sms_notification`](QuickPaymentsApi::send_quick_payment_sms_notification) returns.
#[derive(Clone, Debug)]
pub struct SendQuickPaymentSmsNotification {
    quick_payment_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::SendQuickPaymentSmsNotificationRequest,
}

impl crate::client::Call<'_, SendQuickPaymentSmsNotification> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for SendQuickPaymentSmsNotification {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-int-api/quick-payments/{quickPaymentId}/send-sms-notification",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("quickPaymentId", &self.quick_payment_id);
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

/// The parameters of `GET /pay-int-api/quick-payments/reusable`, set on the [`Call`](crate::client::Call) that [`list_reusable_quick_payments`](QuickPaymentsApi::list_reusable_quick_payments) returns.
#[derive(Clone, Debug)]
pub struct ListReusableQuickPayments {
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    status: Option<crate::models::QuickPaymentStatus>,
    x_api_version: Option<String>,
}

impl crate::client::Call<'_, ListReusableQuickPayments> {
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

    /// Name of the field used to sort the results.
    ///
    /// Sent as the query parameter `orderBy`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.op.order_by = Some(value.into());
        self
    }

    /// Sort order is ascending.
    ///
    /// Sent as the query parameter `asc`.
    pub fn asc(mut self, value: bool) -> Self {
        self.op.asc = Some(value);
        self
    }

    /// Aurora-defined integer enumeration (PaymentIntegrations.Contracts.Enums.QuickPaymentStatus). 0 is not a documented value, but the vendor's response samples send it, so it is accepted (as Unspecified).
    ///
    /// Sent as the query parameter `status`.
    pub fn status(mut self, value: crate::models::QuickPaymentStatus) -> Self {
        self.op.status = Some(value);
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

impl paygen_runtime::Operation for ListReusableQuickPayments {
    type Output = crate::models::ListReusableQuickPaymentsResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-int-api/quick-payments/reusable",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.page {
            request.query("page", value);
        }
        if let Some(value) = &self.page_size {
            request.query("pageSize", value);
        }
        if let Some(value) = &self.order_by {
            request.query("orderBy", value);
        }
        if let Some(value) = &self.asc {
            request.query("asc", value);
        }
        if let Some(value) = &self.status {
            request.query("status", value);
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

impl paygen_runtime::pagination::Paged for ListReusableQuickPayments {
    type Item = crate::models::GetReusableQuickPaymentPageResponseDto;

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

/// The parameters of `POST /pay-int-api/quick-payments/reusable`, set on the [`Call`](crate::client::Call) that [`create_reusable_quick_payment`](QuickPaymentsApi::create_reusable_quick_payment) returns.
#[derive(Clone, Debug)]
pub struct CreateReusableQuickPayment {
    x_api_version: Option<String>,
    body: crate::models::CreateReusableQuickPaymentRequest,
}

impl crate::client::Call<'_, CreateReusableQuickPayment> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for CreateReusableQuickPayment {
    type Output = crate::models::CreateReusableQuickPaymentResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-int-api/quick-payments/reusable",
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

/// The parameters of `POST /pay-int-api/quick-payments/reusable/{quickPaymentId}`, set on the [`Call`](crate::client::Call) that [`get_reusable_quick_payment`](QuickPaymentsApi::get_reusable_quick_payment) returns.
#[derive(Clone, Debug)]
pub struct GetReusableQuickPayment {
    quick_payment_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl crate::client::Call<'_, GetReusableQuickPayment> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for GetReusableQuickPayment {
    type Output = crate::models::GetReusableQuickPaymentResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-int-api/quick-payments/reusable/{quickPaymentId}",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("quickPaymentId", &self.quick_payment_id);
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
