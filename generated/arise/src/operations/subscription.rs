use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

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
            call: Call::new(self.client),
            page: None,
            page_size: None,
            order_by: None,
            asc: None,
            search: None,
            customer_ids: None,
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
        body: impl Into<crate::models::CreateSubscriptionRequest>,
    ) -> CreateSubscription<'a> {
        CreateSubscription {
            call: Call::new(self.client),
            body: body.into(),
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
            call: Call::new(self.client),
            subscription_id,
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
            call: Call::new(self.client),
            subscription_id,
            page: None,
            page_size: None,
            hide_completed_and_planned: None,
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
            call: Call::new(self.client),
            subscription_id,
        }
    }
}

/// List subscriptions
///
/// `GET /sub-api/v1/subscriptions`, started by [`SubscriptionApi::list_subscriptions`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSubscriptions<'a> {
    call: Call<'a>,
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    search: Option<String>,
    customer_ids: Option<Vec<paygen_runtime::Uuid>>,
}

impl<'a> ListSubscriptions<'a> {
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

    /// Query parameter `customerIds`: Single customer identifier.
    ///
    /// **Inferred:** array serialisation is not documented; ASP.NET binds repeated keys (?name=a&name=b)
    pub fn customer_ids(mut self, value: Vec<paygen_runtime::Uuid>) -> Self {
        self.customer_ids = Some(value);
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::ListSubscriptionsResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::ListSubscriptionsResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for ListSubscriptions<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListSubscriptions<'_> {
    type Output = crate::models::ListSubscriptionsResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/sub-api/v1/subscriptions",
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
        if let Some(value) = &self.customer_ids {
            request.query_each("customerIds", value);
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

/// Create a subscription
///
/// `POST /sub-api/v1/subscriptions`, started by [`SubscriptionApi::create_subscription`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateSubscription<'a> {
    call: Call<'a>,
    body: crate::models::CreateSubscriptionRequest,
}

impl<'a> CreateSubscription<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::CreateSubscriptionResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::CreateSubscriptionResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateSubscription<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateSubscription<'_> {
    type Output = crate::models::CreateSubscriptionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/sub-api/v1/subscriptions",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
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

/// Get a subscription
///
/// `GET /sub-api/v1/subscriptions/{subscriptionId}`, started by [`SubscriptionApi::get_subscription`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetSubscription<'a> {
    call: Call<'a>,
    subscription_id: paygen_runtime::Uuid,
}

impl<'a> GetSubscription<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::GetSubscriptionResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::GetSubscriptionResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetSubscription<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetSubscription<'_> {
    type Output = crate::models::GetSubscriptionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/sub-api/v1/subscriptions/{subscriptionId}",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("subscriptionId", &self.subscription_id);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Get the payment history of a subscription
///
/// `GET /sub-api/v1/subscriptions/{subscriptionId}/payments`, started by [`SubscriptionApi::list_subscription_payments`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSubscriptionPayments<'a> {
    call: Call<'a>,
    subscription_id: paygen_runtime::Uuid,
    page: Option<i32>,
    page_size: Option<i32>,
    hide_completed_and_planned: Option<bool>,
}

impl<'a> ListSubscriptionPayments<'a> {
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

    /// Query parameter `hideCompletedAndPlanned`: When true, completed and planned payments are left out of the history.
    pub fn hide_completed_and_planned(mut self, value: bool) -> Self {
        self.hide_completed_and_planned = Some(value);
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::ListSubscriptionPaymentsResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::ListSubscriptionPaymentsResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for ListSubscriptionPayments<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListSubscriptionPayments<'_> {
    type Output = crate::models::ListSubscriptionPaymentsResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/sub-api/v1/subscriptions/{subscriptionId}/payments",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("subscriptionId", &self.subscription_id);
        if let Some(value) = &self.page {
            request.query("page", value);
        }
        if let Some(value) = &self.page_size {
            request.query("pageSize", value);
        }
        if let Some(value) = &self.hide_completed_and_planned {
            request.query("hideCompletedAndPlanned", value);
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

/// Terminate a subscription
///
/// `PUT /sub-api/v1/subscriptions/{subscriptionId}/terminate`, started by [`SubscriptionApi::terminate_subscription`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct TerminateSubscription<'a> {
    call: Call<'a>,
    subscription_id: paygen_runtime::Uuid,
}

impl<'a> TerminateSubscription<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::TerminateSubscriptionResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::TerminateSubscriptionResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for TerminateSubscription<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for TerminateSubscription<'_> {
    type Output = crate::models::TerminateSubscriptionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PUT,
        path: "/sub-api/v1/subscriptions/{subscriptionId}/terminate",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("subscriptionId", &self.subscription_id);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}
