use crate::client::Client;

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
    pub fn list_subscriptions(&self) -> crate::client::Call<'a, ListSubscriptions> {
        crate::client::Call::new(
            self.client,
            ListSubscriptions {
                page: None,
                page_size: None,
                order_by: None,
                asc: None,
                search: None,
                customer_ids: None,
            },
        )
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
    ) -> crate::client::Call<'a, CreateSubscription> {
        crate::client::Call::new(self.client, CreateSubscription { body })
    }

    /// Get a subscription
    ///
    /// Returns one subscription with its schedule, amounts and status.
    ///
    /// `GET /sub-api/v1/subscriptions/{subscriptionId}`
    ///
    /// # Arguments
    /// - `subscription_id` (`subscriptionId`): Subscription identifier.
    pub fn get_subscription(
        &self,
        subscription_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, GetSubscription> {
        crate::client::Call::new(self.client, GetSubscription { subscription_id })
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
    ) -> crate::client::Call<'a, ListSubscriptionPayments> {
        crate::client::Call::new(
            self.client,
            ListSubscriptionPayments {
                subscription_id,
                page: None,
                page_size: None,
                hide_completed_and_planned: None,
            },
        )
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
    ) -> crate::client::Call<'a, TerminateSubscription> {
        crate::client::Call::new(self.client, TerminateSubscription { subscription_id })
    }
}

/// The parameters of `GET /sub-api/v1/subscriptions`, set on the [`Call`](crate::client::Call) that [`list_subscriptions`](SubscriptionApi::list_subscriptions) returns.
#[derive(Clone, Debug)]
pub struct ListSubscriptions {
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    search: Option<String>,
    customer_ids: Option<Vec<paygen_runtime::Uuid>>,
}

impl crate::client::Call<'_, ListSubscriptions> {
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

    /// Single customer identifier.
    ///
    /// **Inferred:** array serialisation is not documented; ASP.NET binds repeated keys (?name=a&name=b)
    ///
    /// Sent as the query parameter `customerIds`.
    pub fn customer_ids(mut self, value: Vec<paygen_runtime::Uuid>) -> Self {
        self.op.customer_ids = Some(value);
        self
    }
}

impl paygen_runtime::Operation for ListSubscriptions {
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

/// The parameters of `POST /sub-api/v1/subscriptions`, set on the [`Call`](crate::client::Call) that [`create_subscription`](SubscriptionApi::create_subscription) returns.
#[derive(Clone, Debug)]
pub struct CreateSubscription {
    body: crate::models::CreateSubscriptionRequest,
}

impl paygen_runtime::Operation for CreateSubscription {
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

/// The parameters of `GET /sub-api/v1/subscriptions/{subscriptionId}`, set on the [`Call`](crate::client::Call) that [`get_subscription`](SubscriptionApi::get_subscription) returns.
#[derive(Clone, Debug)]
pub struct GetSubscription {
    subscription_id: paygen_runtime::Uuid,
}

impl paygen_runtime::Operation for GetSubscription {
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

/// The parameters of `GET /sub-api/v1/subscriptions/{subscriptionId}/payments`, set on the [`Call`](crate::client::Call) that [`list_subscription_payments`](SubscriptionApi::list_subscription_payments) returns.
#[derive(Clone, Debug)]
pub struct ListSubscriptionPayments {
    subscription_id: paygen_runtime::Uuid,
    page: Option<i32>,
    page_size: Option<i32>,
    hide_completed_and_planned: Option<bool>,
}

impl crate::client::Call<'_, ListSubscriptionPayments> {
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

    /// When true, completed and planned payments are left out of the history.
    ///
    /// Sent as the query parameter `hideCompletedAndPlanned`.
    pub fn hide_completed_and_planned(mut self, value: bool) -> Self {
        self.op.hide_completed_and_planned = Some(value);
        self
    }
}

impl paygen_runtime::Operation for ListSubscriptionPayments {
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

/// The parameters of `PUT /sub-api/v1/subscriptions/{subscriptionId}/terminate`, set on the [`Call`](crate::client::Call) that [`terminate_subscription`](SubscriptionApi::terminate_subscription) returns.
#[derive(Clone, Debug)]
pub struct TerminateSubscription {
    subscription_id: paygen_runtime::Uuid,
}

impl paygen_runtime::Operation for TerminateSubscription {
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
