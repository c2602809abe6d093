use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
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
    /// Pages: use `.into_stream()` to walk every item.
    pub fn list_one_time_quick_payments(&self) -> ListOneTimeQuickPayments<'a> {
        ListOneTimeQuickPayments {
            client: self.client,
            page: None,
            page_size: None,
            order_by: None,
            asc: None,
            search: None,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
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
        body: crate::models::CreateOneTimeQuickPaymentRequest,
    ) -> CreateOneTimeQuickPayment<'a> {
        CreateOneTimeQuickPayment {
            client: self.client,
            body,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
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
            client: self.client,
            quick_payment_id,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
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
            client: self.client,
            quick_payment_id,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
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
            client: self.client,
            quick_payment_id,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
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
        body: crate::models::SendQuickPaymentSmsNotificationRequest,
    ) -> SendQuickPaymentSmsNotification<'a> {
        SendQuickPaymentSmsNotification {
            client: self.client,
            quick_payment_id,
            body,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// List reusable payment links
    ///
    /// Returns one page of multi-use payment links, optionally filtered by status.
    ///
    /// `GET /pay-int-api/quick-payments/reusable`
    ///
    /// Pages: use `.into_stream()` to walk every item.
    pub fn list_reusable_quick_payments(&self) -> ListReusableQuickPayments<'a> {
        ListReusableQuickPayments {
            client: self.client,
            page: None,
            page_size: None,
            order_by: None,
            asc: None,
            status: None,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
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
        body: crate::models::CreateReusableQuickPaymentRequest,
    ) -> CreateReusableQuickPayment<'a> {
        CreateReusableQuickPayment {
            client: self.client,
            body,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
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
            client: self.client,
            quick_payment_id,
            x_api_version: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `GET /pay-int-api/quick-payments/one-time` call; finish it with [`send`](ListOneTimeQuickPayments::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListOneTimeQuickPayments<'a> {
    client: &'a Client,
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    search: Option<String>,
    x_api_version: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListOneTimeQuickPayments<'a> {
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
    /// Name of the field used to sort the results.
    ///
    /// Sent as the query parameter `orderBy`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Sort order is ascending.
    ///
    /// Sent as the query parameter `asc`.
    pub fn asc(mut self, value: bool) -> Self {
        self.asc = Some(value);
        self
    }
    /// Term to search for.
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
        if let Some(value) = &self.page {
            query.push(("page".to_string(), value.to_param()));
        }
        if let Some(value) = &self.page_size {
            query.push(("pageSize".to_string(), value.to_param()));
        }
        if let Some(value) = &self.order_by {
            query.push(("orderBy".to_string(), value.to_param()));
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
            path_template: "/pay-int-api/quick-payments/one-time",
            path: "/pay-int-api/quick-payments/one-time".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(
        self,
    ) -> Result<crate::models::ListOneTimeQuickPaymentsResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<
        paygen_runtime::Response<crate::models::ListOneTimeQuickPaymentsResponse>,
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
    /// Walks every page from the first, yielding items one by one. The stream ends after the
    /// last page, on an empty page, or after the first error.
    pub fn into_stream(
        self,
    ) -> impl paygen_runtime::futures::Stream<
        Item = Result<crate::models::GetOneTimeQuickPaymentPageResponseDto, crate::Error>,
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
/// A prepared `POST /pay-int-api/quick-payments/one-time` call; finish it with [`send`](CreateOneTimeQuickPayment::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateOneTimeQuickPayment<'a> {
    client: &'a Client,
    x_api_version: Option<String>,
    body: crate::models::CreateOneTimeQuickPaymentRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateOneTimeQuickPayment<'a> {
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
            path_template: "/pay-int-api/quick-payments/one-time",
            path: "/pay-int-api/quick-payments/one-time".to_string(),
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
    ) -> Result<crate::models::CreateOneTimeQuickPaymentResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<
        paygen_runtime::Response<crate::models::CreateOneTimeQuickPaymentResponse>,
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
/// A prepared `POST /pay-int-api/quick-payments/one-time/{quickPaymentId}` call; finish it with [`send`](GetOneTimeQuickPayment::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetOneTimeQuickPayment<'a> {
    client: &'a Client,
    quick_payment_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetOneTimeQuickPayment<'a> {
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
            path_template: "/pay-int-api/quick-payments/one-time/{quickPaymentId}",
            path: format!(
                "/pay-int-api/quick-payments/one-time/{}",
                paygen_runtime::encode_path_segment(&self.quick_payment_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::GetOneTimeQuickPaymentResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::GetOneTimeQuickPaymentResponse>, crate::Error>
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
/// A prepared `POST /pay-int-api/quick-payments/{quickPaymentId}/activate` call; finish it with [`send`](ActivateQuickPayment::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ActivateQuickPayment<'a> {
    client: &'a Client,
    quick_payment_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ActivateQuickPayment<'a> {
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
            path_template: "/pay-int-api/quick-payments/{quickPaymentId}/activate",
            path: format!(
                "/pay-int-api/quick-payments/{}/activate",
                paygen_runtime::encode_path_segment(&self.quick_payment_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
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
/// A prepared `POST /pay-int-api/quick-payments/{quickPaymentId}/deactivate` call; finish it with [`send`](DeactivateQuickPayment::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeactivateQuickPayment<'a> {
    client: &'a Client,
    quick_payment_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> DeactivateQuickPayment<'a> {
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
            path_template: "/pay-int-api/quick-payments/{quickPaymentId}/deactivate",
            path: format!(
                "/pay-int-api/quick-payments/{}/deactivate",
                paygen_runtime::encode_path_segment(&self.quick_payment_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
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
/// A prepared `POST /pay-int-api/quick-payments/{quickPaymentId}/send-sms-notification` call; finish it with [`send`](SendQuickPaymentSmsNotification::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct SendQuickPaymentSmsNotification<'a> {
    client: &'a Client,
    quick_payment_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::SendQuickPaymentSmsNotificationRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> SendQuickPaymentSmsNotification<'a> {
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
            path_template: "/pay-int-api/quick-payments/{quickPaymentId}/send-sms-notification",
            path: format!(
                "/pay-int-api/quick-payments/{}/send-sms-notification",
                paygen_runtime::encode_path_segment(&self.quick_payment_id.to_param())
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
/// A prepared `GET /pay-int-api/quick-payments/reusable` call; finish it with [`send`](ListReusableQuickPayments::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListReusableQuickPayments<'a> {
    client: &'a Client,
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    status: Option<crate::models::QuickPaymentStatus>,
    x_api_version: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListReusableQuickPayments<'a> {
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
    /// Name of the field used to sort the results.
    ///
    /// Sent as the query parameter `orderBy`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.order_by = Some(value.into());
        self
    }
    /// Sort order is ascending.
    ///
    /// Sent as the query parameter `asc`.
    pub fn asc(mut self, value: bool) -> Self {
        self.asc = Some(value);
        self
    }
    /// Aurora-defined integer enumeration (PaymentIntegrations.Contracts.Enums.QuickPaymentStatus). 0 is not a documented value, but the vendor's response samples send it, so it is accepted (as Unspecified).
    ///
    /// Sent as the query parameter `status`.
    pub fn status(mut self, value: crate::models::QuickPaymentStatus) -> Self {
        self.status = Some(value);
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
        if let Some(value) = &self.page {
            query.push(("page".to_string(), value.to_param()));
        }
        if let Some(value) = &self.page_size {
            query.push(("pageSize".to_string(), value.to_param()));
        }
        if let Some(value) = &self.order_by {
            query.push(("orderBy".to_string(), value.to_param()));
        }
        if let Some(value) = &self.asc {
            query.push(("asc".to_string(), value.to_param()));
        }
        if let Some(value) = &self.status {
            query.push(("status".to_string(), value.to_param()));
        }
        let mut headers = Vec::new();
        if let Some(value) = &self.x_api_version {
            headers.push(("x-api-version".to_string(), value.to_param()));
        }
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/pay-int-api/quick-payments/reusable",
            path: "/pay-int-api/quick-payments/reusable".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(
        self,
    ) -> Result<crate::models::ListReusableQuickPaymentsResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<
        paygen_runtime::Response<crate::models::ListReusableQuickPaymentsResponse>,
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
    /// Walks every page from the first, yielding items one by one. The stream ends after the
    /// last page, on an empty page, or after the first error.
    pub fn into_stream(
        self,
    ) -> impl paygen_runtime::futures::Stream<
        Item = Result<crate::models::GetReusableQuickPaymentPageResponseDto, crate::Error>,
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
/// A prepared `POST /pay-int-api/quick-payments/reusable` call; finish it with [`send`](CreateReusableQuickPayment::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateReusableQuickPayment<'a> {
    client: &'a Client,
    x_api_version: Option<String>,
    body: crate::models::CreateReusableQuickPaymentRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateReusableQuickPayment<'a> {
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
            path_template: "/pay-int-api/quick-payments/reusable",
            path: "/pay-int-api/quick-payments/reusable".to_string(),
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
    ) -> Result<crate::models::CreateReusableQuickPaymentResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<
        paygen_runtime::Response<crate::models::CreateReusableQuickPaymentResponse>,
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
/// A prepared `POST /pay-int-api/quick-payments/reusable/{quickPaymentId}` call; finish it with [`send`](GetReusableQuickPayment::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetReusableQuickPayment<'a> {
    client: &'a Client,
    quick_payment_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetReusableQuickPayment<'a> {
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
            path_template: "/pay-int-api/quick-payments/reusable/{quickPaymentId}",
            path: format!(
                "/pay-int-api/quick-payments/reusable/{}",
                paygen_runtime::encode_path_segment(&self.quick_payment_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(
        self,
    ) -> Result<crate::models::GetReusableQuickPaymentResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<
        paygen_runtime::Response<crate::models::GetReusableQuickPaymentResponse>,
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
