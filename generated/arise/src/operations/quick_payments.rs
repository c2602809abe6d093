use crate::client::{Call, Client};
use paygen_runtime::Response;
use paygen_runtime::futures::Stream;
use std::future::Future;

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
    /// Pages: [`into_stream`](ListOneTimeQuickPayments::into_stream) on the returned call walks every item.
    pub fn list_one_time_quick_payments(&self) -> ListOneTimeQuickPayments<'a> {
        ListOneTimeQuickPayments {
            call: Call::new(self.client),
            page: None,
            page_size: None,
            order_by: None,
            asc: None,
            search: None,
            x_api_version: self.client.defaults.x_api_version.clone(),
        }
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
        body: impl Into<crate::models::CreateOneTimeQuickPaymentRequest>,
    ) -> CreateOneTimeQuickPayment<'a> {
        CreateOneTimeQuickPayment {
            call: Call::new(self.client),
            x_api_version: self.client.defaults.x_api_version.clone(),
            body: body.into(),
        }
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
    ) -> GetOneTimeQuickPayment<'a> {
        GetOneTimeQuickPayment {
            call: Call::new(self.client),
            quick_payment_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
        }
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
    ) -> ActivateQuickPayment<'a> {
        ActivateQuickPayment {
            call: Call::new(self.client),
            quick_payment_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
        }
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
    ) -> DeactivateQuickPayment<'a> {
        DeactivateQuickPayment {
            call: Call::new(self.client),
            quick_payment_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
        }
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
        body: impl Into<crate::models::SendQuickPaymentSmsNotificationRequest>,
    ) -> SendQuickPaymentSmsNotification<'a> {
        SendQuickPaymentSmsNotification {
            call: Call::new(self.client),
            quick_payment_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
            body: body.into(),
        }
    }

    /// List reusable payment links
    ///
    /// Returns one page of multi-use payment links, optionally filtered by status.
    ///
    /// `GET /pay-int-api/quick-payments/reusable`
    ///
    /// Pages: [`into_stream`](ListReusableQuickPayments::into_stream) on the returned call walks every item.
    pub fn list_reusable_quick_payments(&self) -> ListReusableQuickPayments<'a> {
        ListReusableQuickPayments {
            call: Call::new(self.client),
            page: None,
            page_size: None,
            order_by: None,
            asc: None,
            status: None,
            x_api_version: self.client.defaults.x_api_version.clone(),
        }
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
        body: impl Into<crate::models::CreateReusableQuickPaymentRequest>,
    ) -> CreateReusableQuickPayment<'a> {
        CreateReusableQuickPayment {
            call: Call::new(self.client),
            x_api_version: self.client.defaults.x_api_version.clone(),
            body: body.into(),
        }
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
    ) -> GetReusableQuickPayment<'a> {
        GetReusableQuickPayment {
            call: Call::new(self.client),
            quick_payment_id,
            x_api_version: self.client.defaults.x_api_version.clone(),
        }
    }
}

/// List one-time payment links
///
/// `GET /pay-int-api/quick-payments/one-time`, started by [`QuickPaymentsApi::list_one_time_quick_payments`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOneTimeQuickPayments<'a> {
    call: Call<'a>,
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    search: Option<String>,
    x_api_version: Option<String>,
}

impl<'a> ListOneTimeQuickPayments<'a> {
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

    /// Query parameter `orderBy`: Name of the field used to sort the results.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }

    /// Query parameter `asc`: Sort order is ascending.
    pub fn asc(mut self, value: bool) -> Self {
        self.asc = Some(value);
        self
    }

    /// Query parameter `search`: Term to search for.
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
    ) -> impl Future<Output = Result<crate::models::ListOneTimeQuickPaymentsResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::ListOneTimeQuickPaymentsResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }

    /// Walks every page from the first, yielding items one by one. The stream ends after
    /// the last page, on an empty page, or after the first error.
    #[inline]
    pub fn into_stream(
        self,
    ) -> impl Stream<
        Item = Result<crate::models::GetOneTimeQuickPaymentPageResponseDto, crate::Error>,
    > + 'a {
        self.call.clone().stream(self)
    }
}

impl paygen_runtime::CallOptions for ListOneTimeQuickPayments<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListOneTimeQuickPayments<'_> {
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

impl paygen_runtime::pagination::Paged for ListOneTimeQuickPayments<'_> {
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

/// Create a single-use payment link
///
/// `POST /pay-int-api/quick-payments/one-time`, started by [`QuickPaymentsApi::create_one_time_quick_payment`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateOneTimeQuickPayment<'a> {
    call: Call<'a>,
    x_api_version: Option<String>,
    body: crate::models::CreateOneTimeQuickPaymentRequest,
}

impl<'a> CreateOneTimeQuickPayment<'a> {
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
    ) -> impl Future<Output = Result<crate::models::CreateOneTimeQuickPaymentResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::CreateOneTimeQuickPaymentResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateOneTimeQuickPayment<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateOneTimeQuickPayment<'_> {
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

/// Get a one-time payment link
///
/// `POST /pay-int-api/quick-payments/one-time/{quickPaymentId}`, started by [`QuickPaymentsApi::get_one_time_quick_payment`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOneTimeQuickPayment<'a> {
    call: Call<'a>,
    quick_payment_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl<'a> GetOneTimeQuickPayment<'a> {
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
    ) -> impl Future<Output = Result<crate::models::GetOneTimeQuickPaymentResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::GetOneTimeQuickPaymentResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetOneTimeQuickPayment<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetOneTimeQuickPayment<'_> {
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

/// Activate a payment link
///
/// `POST /pay-int-api/quick-payments/{quickPaymentId}/activate`, started by [`QuickPaymentsApi::activate_quick_payment`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ActivateQuickPayment<'a> {
    call: Call<'a>,
    quick_payment_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl<'a> ActivateQuickPayment<'a> {
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

impl paygen_runtime::CallOptions for ActivateQuickPayment<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ActivateQuickPayment<'_> {
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

/// Deactivate a payment link
///
/// `POST /pay-int-api/quick-payments/{quickPaymentId}/deactivate`, started by [`QuickPaymentsApi::deactivate_quick_payment`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeactivateQuickPayment<'a> {
    call: Call<'a>,
    quick_payment_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl<'a> DeactivateQuickPayment<'a> {
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

impl paygen_runtime::CallOptions for DeactivateQuickPayment<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for DeactivateQuickPayment<'_> {
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

/// Send a payment link by SMS
///
/// `POST /pay-int-api/quick-payments/{quickPaymentId}/send-sms-notification`, started by [`QuickPaymentsApi::send_quick_payment_sms_notification`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SendQuickPaymentSmsNotification<'a> {
    call: Call<'a>,
    quick_payment_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::SendQuickPaymentSmsNotificationRequest,
}

impl<'a> SendQuickPaymentSmsNotification<'a> {
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

impl paygen_runtime::CallOptions for SendQuickPaymentSmsNotification<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for SendQuickPaymentSmsNotification<'_> {
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

/// List reusable payment links
///
/// `GET /pay-int-api/quick-payments/reusable`, started by [`QuickPaymentsApi::list_reusable_quick_payments`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListReusableQuickPayments<'a> {
    call: Call<'a>,
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    status: Option<crate::models::QuickPaymentStatus>,
    x_api_version: Option<String>,
}

impl<'a> ListReusableQuickPayments<'a> {
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

    /// Query parameter `orderBy`: Name of the field used to sort the results.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }

    /// Query parameter `asc`: Sort order is ascending.
    pub fn asc(mut self, value: bool) -> Self {
        self.asc = Some(value);
        self
    }

    /// Query parameter `status`: Aurora-defined integer enumeration (PaymentIntegrations.Contracts.Enums.QuickPaymentStatus). 0 is not a documented value, but the vendor's response samples send it, so it is accepted (as Unspecified).
    pub fn status(mut self, value: impl Into<crate::models::QuickPaymentStatus>) -> Self {
        self.status = Some(value.into());
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
    ) -> impl Future<Output = Result<crate::models::ListReusableQuickPaymentsResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::ListReusableQuickPaymentsResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }

    /// Walks every page from the first, yielding items one by one. The stream ends after
    /// the last page, on an empty page, or after the first error.
    #[inline]
    pub fn into_stream(
        self,
    ) -> impl Stream<
        Item = Result<crate::models::GetReusableQuickPaymentPageResponseDto, crate::Error>,
    > + 'a {
        self.call.clone().stream(self)
    }
}

impl paygen_runtime::CallOptions for ListReusableQuickPayments<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListReusableQuickPayments<'_> {
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

impl paygen_runtime::pagination::Paged for ListReusableQuickPayments<'_> {
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

/// Create a reusable payment link
///
/// `POST /pay-int-api/quick-payments/reusable`, started by [`QuickPaymentsApi::create_reusable_quick_payment`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateReusableQuickPayment<'a> {
    call: Call<'a>,
    x_api_version: Option<String>,
    body: crate::models::CreateReusableQuickPaymentRequest,
}

impl<'a> CreateReusableQuickPayment<'a> {
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
    ) -> impl Future<Output = Result<crate::models::CreateReusableQuickPaymentResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::CreateReusableQuickPaymentResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateReusableQuickPayment<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateReusableQuickPayment<'_> {
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

/// Get a reusable payment link
///
/// `POST /pay-int-api/quick-payments/reusable/{quickPaymentId}`, started by [`QuickPaymentsApi::get_reusable_quick_payment`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetReusableQuickPayment<'a> {
    call: Call<'a>,
    quick_payment_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl<'a> GetReusableQuickPayment<'a> {
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
    ) -> impl Future<Output = Result<crate::models::GetReusableQuickPaymentResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::GetReusableQuickPaymentResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetReusableQuickPayment<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetReusableQuickPayment<'_> {
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
