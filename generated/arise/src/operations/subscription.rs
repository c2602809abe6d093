use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Recurring card and ACH payment schedules.
#[derive(Clone, Copy, Debug)]
pub struct SubscriptionApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> SubscriptionApi<'a> {
    /// List subscriptions
    ///
    /// Lists the merchant's recurring-payment subscriptions. The vendor document shows a single subscription object as the response body (not a page envelope); the spec keeps that shape.
    ///
    /// `GET /sub-api/v1/subscriptions`
    pub fn list_subscriptions(&self) -> ListSubscriptions<'a> {
        ListSubscriptions {
            client: self.client,
            page: None,
            page_size: None,
            order_by: None,
            asc: None,
            search: None,
            customer_ids: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Create a subscription
    ///
    /// Creates a recurring card or ACH payment schedule for a customer.
    ///
    /// `POST /sub-api/v1/subscriptions`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_subscription(
        &self,
        body: crate::models::CreateSubscriptionRequest,
    ) -> CreateSubscription<'a> {
        CreateSubscription {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Get a subscription
    ///
    /// Returns one subscription with its schedule, amounts and status.
    ///
    /// `GET /sub-api/v1/subscriptions/{subscriptionId}`
    ///
    /// # Arguments
    /// - `subscription_id` (`subscriptionId`): Subscription identifier.
    pub fn get_subscription(&self, subscription_id: paygen_runtime::Uuid) -> GetSubscription<'a> {
        GetSubscription {
            client: self.client,
            subscription_id,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Get the payment history of a subscription
    ///
    /// Returns the scheduled and executed payments of a subscription with their attempts. The vendor document shows one payment object as the body.
    ///
    /// `GET /sub-api/v1/subscriptions/{subscriptionId}/payments`
    ///
    /// # Arguments
    /// - `subscription_id` (`subscriptionId`): Subscription identifier.
    pub fn list_subscription_payments(
        &self,
        subscription_id: paygen_runtime::Uuid,
    ) -> ListSubscriptionPayments<'a> {
        ListSubscriptionPayments {
            client: self.client,
            subscription_id,
            page: None,
            page_size: None,
            hide_completed_and_planned: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Terminate a subscription
    ///
    /// Stops a subscription so that no further payments are made.
    ///
    /// `PUT /sub-api/v1/subscriptions/{subscriptionId}/terminate`
    ///
    /// # Arguments
    /// - `subscription_id` (`subscriptionId`): Subscription identifier.
    pub fn terminate_subscription(
        &self,
        subscription_id: paygen_runtime::Uuid,
    ) -> TerminateSubscription<'a> {
        TerminateSubscription {
            client: self.client,
            subscription_id,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `GET /sub-api/v1/subscriptions` call; finish it with [`send`](ListSubscriptions::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSubscriptions<'a> {
    client: &'a Client,
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    search: Option<String>,
    customer_ids: Option<Vec<paygen_runtime::Uuid>>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListSubscriptions<'a> {
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
    /// Single customer identifier.
    ///
    /// **Inferred:** array serialisation is not documented; ASP.NET binds repeated keys (?name=a&name=b)
    ///
    /// Sent as the query parameter `customerIds`.
    pub fn customer_ids(mut self, value: Vec<paygen_runtime::Uuid>) -> Self {
        self.customer_ids = Some(value);
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
        if let Some(value) = &self.customer_ids {
            for item in value {
                query.push(("customerIds".to_string(), item.to_param()));
            }
        }
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/sub-api/v1/subscriptions",
            path: "/sub-api/v1/subscriptions".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::ListSubscriptionsResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::ListSubscriptionsResponse>, crate::Error>
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
/// A prepared `POST /sub-api/v1/subscriptions` call; finish it with [`send`](CreateSubscription::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSubscription<'a> {
    client: &'a Client,
    body: crate::models::CreateSubscriptionRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateSubscription<'a> {
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
            path_template: "/sub-api/v1/subscriptions",
            path: "/sub-api/v1/subscriptions".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::CreateSubscriptionResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::CreateSubscriptionResponse>, crate::Error>
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
/// A prepared `GET /sub-api/v1/subscriptions/{subscriptionId}` call; finish it with [`send`](GetSubscription::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSubscription<'a> {
    client: &'a Client,
    subscription_id: paygen_runtime::Uuid,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetSubscription<'a> {
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
            path_template: "/sub-api/v1/subscriptions/{subscriptionId}",
            path: format!(
                "/sub-api/v1/subscriptions/{}",
                paygen_runtime::encode_path_segment(&self.subscription_id.to_param())
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
    pub async fn send(self) -> Result<crate::models::GetSubscriptionResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::GetSubscriptionResponse>, crate::Error>
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
/// A prepared `GET /sub-api/v1/subscriptions/{subscriptionId}/payments` call; finish it with [`send`](ListSubscriptionPayments::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSubscriptionPayments<'a> {
    client: &'a Client,
    subscription_id: paygen_runtime::Uuid,
    page: Option<i32>,
    page_size: Option<i32>,
    hide_completed_and_planned: Option<bool>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListSubscriptionPayments<'a> {
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
    /// When true, completed and planned payments are left out of the history.
    ///
    /// Sent as the query parameter `hideCompletedAndPlanned`.
    pub fn hide_completed_and_planned(mut self, value: bool) -> Self {
        self.hide_completed_and_planned = Some(value);
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
        if let Some(value) = &self.hide_completed_and_planned {
            query.push(("hideCompletedAndPlanned".to_string(), value.to_param()));
        }
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/sub-api/v1/subscriptions/{subscriptionId}/payments",
            path: format!(
                "/sub-api/v1/subscriptions/{}/payments",
                paygen_runtime::encode_path_segment(&self.subscription_id.to_param())
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
    pub async fn send(
        self,
    ) -> Result<crate::models::ListSubscriptionPaymentsResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<
        paygen_runtime::Response<crate::models::ListSubscriptionPaymentsResponse>,
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
/// A prepared `PUT /sub-api/v1/subscriptions/{subscriptionId}/terminate` call; finish it with [`send`](TerminateSubscription::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct TerminateSubscription<'a> {
    client: &'a Client,
    subscription_id: paygen_runtime::Uuid,
    options: paygen_runtime::RequestOptions,
}
impl<'a> TerminateSubscription<'a> {
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
            path_template: "/sub-api/v1/subscriptions/{subscriptionId}/terminate",
            path: format!(
                "/sub-api/v1/subscriptions/{}/terminate",
                paygen_runtime::encode_path_segment(&self.subscription_id.to_param())
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
    pub async fn send(self) -> Result<crate::models::TerminateSubscriptionResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::TerminateSubscriptionResponse>, crate::Error>
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
