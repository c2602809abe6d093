use crate::client::{Call, Client};
use paygen_runtime::Response;
use paygen_runtime::futures::Stream;
use std::future::Future;

/// Customer records and their stored card and bank payment methods.
#[derive(Clone, Copy, Debug)]
pub struct CustomersApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> CustomersApi<'a> {
    /// Search customers
    ///
    /// Searches the merchant customers with free-text search, identifier and creation-date filters, sorting and paging.
    ///
    /// `GET /pay-api/v1/customers`
    ///
    /// Pages: [`into_stream`](ListCustomers::into_stream) on the returned call walks every item.
    pub fn list_customers(&self) -> ListCustomers<'a> {
        ListCustomers {
            call: Call::new(self.client),
            search: None,
            customer_ids: None,
            order_by: None,
            asc: None,
            date_from: None,
            date_to: None,
            page: None,
            page_size: None,
        }
    }

    /// Create a customer
    ///
    /// Creates a customer record for the current merchant, optionally with addresses and stored card or bank payment methods, and returns the new identifier.
    ///
    /// `POST /pay-api/v1/customers`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_customer(
        &self,
        body: impl Into<crate::models::CreateCustomerRequest>,
    ) -> CreateCustomer<'a> {
        CreateCustomer {
            call: Call::new(self.client),
            body: body.into(),
        }
    }

    /// Get a customer
    ///
    /// Returns one customer with addresses, transaction statistics and stored cards and bank accounts.
    ///
    /// `GET /pay-api/v1/customers/{customerId}`
    ///
    /// # Arguments
    /// - `customer_id` (`customerId`): Id of the customer.
    pub fn get_customer(&self, customer_id: paygen_runtime::Uuid) -> GetCustomer<'a> {
        GetCustomer {
            call: Call::new(self.client),
            customer_id,
        }
    }

    /// Update a customer
    ///
    /// Replaces the contact details and addresses of an existing customer.
    ///
    /// `PUT /pay-api/v1/customers/{customerId}`
    ///
    /// # Arguments
    /// - `customer_id` (`customerId`): Id of the customer.
    /// - `body`: the request body (application/json)
    pub fn update_customer(
        &self,
        customer_id: paygen_runtime::Uuid,
        body: impl Into<crate::models::UpdateCustomerRequest>,
    ) -> UpdateCustomer<'a> {
        UpdateCustomer {
            call: Call::new(self.client),
            customer_id,
            body: body.into(),
        }
    }

    /// Delete a customer
    ///
    /// Deletes a customer of the current merchant.
    ///
    /// `DELETE /pay-api/v1/customers/{customerId}`
    ///
    /// # Arguments
    /// - `customer_id` (`customerId`): Id of the customer.
    pub fn delete_customer(&self, customer_id: paygen_runtime::Uuid) -> DeleteCustomer<'a> {
        DeleteCustomer {
            call: Call::new(self.client),
            customer_id,
        }
    }

    /// Add a card payment method
    ///
    /// Stores a card as a payment method of the customer and returns the payment method identifier.
    ///
    /// `POST /pay-api/v1/customers/{customerId}/payment-methods/cards`
    ///
    /// # Arguments
    /// - `customer_id` (`customerId`): Id of the customer.
    /// - `body`: the request body (application/json)
    pub fn add_customer_card(
        &self,
        customer_id: paygen_runtime::Uuid,
        body: impl Into<crate::models::AddCustomerCardRequest>,
    ) -> AddCustomerCard<'a> {
        AddCustomerCard {
            call: Call::new(self.client),
            customer_id,
            body: body.into(),
        }
    }

    /// Add a bank (EFT/ACH) payment method
    ///
    /// Stores a bank account as an ACH payment method of the customer and returns the payment method identifier.
    ///
    /// `POST /pay-api/v1/customers/{customerId}/payment-methods/ach`
    ///
    /// # Arguments
    /// - `customer_id` (`customerId`): Single customer's identifier.
    /// - `body`: the request body (application/json)
    pub fn add_customer_ach_account(
        &self,
        customer_id: paygen_runtime::Uuid,
        body: impl Into<crate::models::AddCustomerAchAccountRequest>,
    ) -> AddCustomerAchAccount<'a> {
        AddCustomerAchAccount {
            call: Call::new(self.client),
            customer_id,
            body: body.into(),
        }
    }

    /// List the payment methods of a customer
    ///
    /// Returns one page of the stored payment methods (cards and bank accounts in one flat item shape, told apart by typeId) of a customer.
    ///
    /// `GET /pay-api/v1/customers/{customerId}/payment-methods`
    ///
    /// # Arguments
    /// - `customer_id` (`customerId`): Customer's identifier.
    ///
    /// Pages: [`into_stream`](ListCustomerPaymentMethods::into_stream) on the returned call walks every item.
    pub fn list_customer_payment_methods(
        &self,
        customer_id: paygen_runtime::Uuid,
    ) -> ListCustomerPaymentMethods<'a> {
        ListCustomerPaymentMethods {
            call: Call::new(self.client),
            customer_id,
            search: None,
            page: None,
            page_size: None,
            order_by: None,
            asc: None,
            date_from: None,
            date_to: None,
        }
    }

    /// Update a payment method
    ///
    /// Changes the display name and card expiry of a stored payment method.
    ///
    /// `PUT /pay-api/v1/customers/{customerId}/payment-methods/{paymentMethodId}`
    ///
    /// # Arguments
    /// - `customer_id` (`customerId`): Id of the customer.
    /// - `payment_method_id` (`paymentMethodId`): Payment method identifier.
    /// - `body`: the request body (application/json)
    pub fn update_customer_payment_method(
        &self,
        customer_id: paygen_runtime::Uuid,
        payment_method_id: paygen_runtime::Uuid,
        body: impl Into<crate::models::UpdateCustomerPaymentMethodRequest>,
    ) -> UpdateCustomerPaymentMethod<'a> {
        UpdateCustomerPaymentMethod {
            call: Call::new(self.client),
            customer_id,
            payment_method_id,
            body: body.into(),
        }
    }

    /// Delete a payment method
    ///
    /// Removes a stored payment method from a customer.
    ///
    /// `DELETE /pay-api/v1/customers/{customerId}/payment-methods/{paymentMethodId}`
    ///
    /// # Arguments
    /// - `customer_id` (`customerId`): Id of the customer.
    /// - `payment_method_id` (`paymentMethodId`): Payment method identifier.
    pub fn delete_customer_payment_method(
        &self,
        customer_id: paygen_runtime::Uuid,
        payment_method_id: paygen_runtime::Uuid,
    ) -> DeleteCustomerPaymentMethod<'a> {
        DeleteCustomerPaymentMethod {
            call: Call::new(self.client),
            customer_id,
            payment_method_id,
        }
    }

    /// Set the default payment method
    ///
    /// Marks a stored payment method as the default one of the customer.
    ///
    /// `PUT /pay-api/v1/customers/{customerId}/payment-methods/{paymentMethodId}/make-default`
    ///
    /// # Arguments
    /// - `customer_id` (`customerId`): Id of the customer.
    /// - `payment_method_id` (`paymentMethodId`): Payment method identifier.
    pub fn make_customer_payment_method_default(
        &self,
        customer_id: paygen_runtime::Uuid,
        payment_method_id: paygen_runtime::Uuid,
    ) -> MakeCustomerPaymentMethodDefault<'a> {
        MakeCustomerPaymentMethodDefault {
            call: Call::new(self.client),
            customer_id,
            payment_method_id,
        }
    }
}

/// Search customers
///
/// `GET /pay-api/v1/customers`, started by [`CustomersApi::list_customers`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCustomers<'a> {
    call: Call<'a>,
    search: Option<String>,
    customer_ids: Option<paygen_runtime::Uuid>,
    order_by: Option<String>,
    asc: Option<bool>,
    date_from: Option<paygen_runtime::DateTime>,
    date_to: Option<paygen_runtime::DateTime>,
    page: Option<i32>,
    page_size: Option<i32>,
}

impl<'a> ListCustomers<'a> {
    /// Query parameter `search`: Search string.
    pub fn search(mut self, value: impl Into<String>) -> Self {
        self.search = Some(value.into());
        self
    }

    /// Query parameter `customerIds`: Single customer's identifier.
    pub fn customer_ids(mut self, value: paygen_runtime::Uuid) -> Self {
        self.customer_ids = Some(value);
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

    /// Query parameter `dateFrom`: Lower bound of the date range (ISO 8601 date-time); items from this moment on are returned.
    pub fn date_from(mut self, value: impl Into<paygen_runtime::DateTime>) -> Self {
        self.date_from = Some(value.into());
        self
    }

    /// Query parameter `dateTo`: Upper bound of the date range (ISO 8601 date-time); items up to this moment are returned.
    pub fn date_to(mut self, value: impl Into<paygen_runtime::DateTime>) -> Self {
        self.date_to = Some(value.into());
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

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::ListCustomersResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::ListCustomersResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }

    /// Walks every page from the first, yielding items one by one. The stream ends after
    /// the last page, on an empty page, or after the first error.
    #[inline]
    pub fn into_stream(
        self,
    ) -> impl Stream<Item = Result<crate::models::CustomerItemDto, crate::Error>> + 'a {
        self.call.clone().stream(self)
    }
}

impl paygen_runtime::CallOptions for ListCustomers<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListCustomers<'_> {
    type Output = crate::models::ListCustomersResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-api/v1/customers",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.search {
            request.query("search", value);
        }
        if let Some(value) = &self.customer_ids {
            request.query("customerIds", value);
        }
        if let Some(value) = &self.order_by {
            request.query("orderBy", value);
        }
        if let Some(value) = &self.asc {
            request.query("asc", value);
        }
        if let Some(value) = &self.date_from {
            request.query("dateFrom", value);
        }
        if let Some(value) = &self.date_to {
            request.query("dateTo", value);
        }
        if let Some(value) = &self.page {
            request.query("page", value);
        }
        if let Some(value) = &self.page_size {
            request.query("pageSize", value);
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

impl paygen_runtime::pagination::Paged for ListCustomers<'_> {
    type Item = crate::models::CustomerItemDto;

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

/// Create a customer
///
/// `POST /pay-api/v1/customers`, started by [`CustomersApi::create_customer`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateCustomer<'a> {
    call: Call<'a>,
    body: crate::models::CreateCustomerRequest,
}

impl<'a> CreateCustomer<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::CreateCustomerResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::CreateCustomerResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateCustomer<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateCustomer<'_> {
    type Output = crate::models::CreateCustomerResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/customers",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
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

/// Get a customer
///
/// `GET /pay-api/v1/customers/{customerId}`, started by [`CustomersApi::get_customer`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetCustomer<'a> {
    call: Call<'a>,
    customer_id: paygen_runtime::Uuid,
}

impl<'a> GetCustomer<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::GetCustomerResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::GetCustomerResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetCustomer<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetCustomer<'_> {
    type Output = crate::models::GetCustomerResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-api/v1/customers/{customerId}",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("customerId", &self.customer_id);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Update a customer
///
/// `PUT /pay-api/v1/customers/{customerId}`, started by [`CustomersApi::update_customer`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateCustomer<'a> {
    call: Call<'a>,
    customer_id: paygen_runtime::Uuid,
    body: crate::models::UpdateCustomerRequest,
}

impl<'a> UpdateCustomer<'a> {
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

impl paygen_runtime::CallOptions for UpdateCustomer<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for UpdateCustomer<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PUT,
        path: "/pay-api/v1/customers/{customerId}",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("customerId", &self.customer_id);
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

/// Delete a customer
///
/// `DELETE /pay-api/v1/customers/{customerId}`, started by [`CustomersApi::delete_customer`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteCustomer<'a> {
    call: Call<'a>,
    customer_id: paygen_runtime::Uuid,
}

impl<'a> DeleteCustomer<'a> {
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

impl paygen_runtime::CallOptions for DeleteCustomer<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for DeleteCustomer<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::DELETE,
        path: "/pay-api/v1/customers/{customerId}",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("customerId", &self.customer_id);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}

/// Add a card payment method
///
/// `POST /pay-api/v1/customers/{customerId}/payment-methods/cards`, started by [`CustomersApi::add_customer_card`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AddCustomerCard<'a> {
    call: Call<'a>,
    customer_id: paygen_runtime::Uuid,
    body: crate::models::AddCustomerCardRequest,
}

impl<'a> AddCustomerCard<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::AddCustomerCardResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::AddCustomerCardResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for AddCustomerCard<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for AddCustomerCard<'_> {
    type Output = crate::models::AddCustomerCardResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/customers/{customerId}/payment-methods/cards",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("customerId", &self.customer_id);
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

/// Add a bank (EFT/ACH) payment method
///
/// `POST /pay-api/v1/customers/{customerId}/payment-methods/ach`, started by [`CustomersApi::add_customer_ach_account`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AddCustomerAchAccount<'a> {
    call: Call<'a>,
    customer_id: paygen_runtime::Uuid,
    body: crate::models::AddCustomerAchAccountRequest,
}

impl<'a> AddCustomerAchAccount<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::AddCustomerAchAccountResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::AddCustomerAchAccountResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for AddCustomerAchAccount<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for AddCustomerAchAccount<'_> {
    type Output = crate::models::AddCustomerAchAccountResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-api/v1/customers/{customerId}/payment-methods/ach",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("customerId", &self.customer_id);
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

/// List the payment methods of a customer
///
/// `GET /pay-api/v1/customers/{customerId}/payment-methods`, started by [`CustomersApi::list_customer_payment_methods`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCustomerPaymentMethods<'a> {
    call: Call<'a>,
    customer_id: paygen_runtime::Uuid,
    search: Option<String>,
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    date_from: Option<paygen_runtime::DateTime>,
    date_to: Option<paygen_runtime::DateTime>,
}

impl<'a> ListCustomerPaymentMethods<'a> {
    /// Query parameter `search`: Search string.
    pub fn search(mut self, value: impl Into<String>) -> Self {
        self.search = Some(value.into());
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

    /// Query parameter `dateFrom`: Lower bound of the date range (ISO 8601, UTC or with offset); items from this moment on are returned.
    pub fn date_from(mut self, value: impl Into<paygen_runtime::DateTime>) -> Self {
        self.date_from = Some(value.into());
        self
    }

    /// Query parameter `dateTo`: Upper bound of the date range (ISO 8601, UTC or with offset); items up to this moment are returned.
    pub fn date_to(mut self, value: impl Into<paygen_runtime::DateTime>) -> Self {
        self.date_to = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::ListCustomerPaymentMethodsResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::ListCustomerPaymentMethodsResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }

    /// Walks every page from the first, yielding items one by one. The stream ends after
    /// the last page, on an empty page, or after the first error.
    #[inline]
    pub fn into_stream(
        self,
    ) -> impl Stream<Item = Result<crate::models::GetCustomerPaymentMethodsResponse, crate::Error>> + 'a
    {
        self.call.clone().stream(self)
    }
}

impl paygen_runtime::CallOptions for ListCustomerPaymentMethods<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListCustomerPaymentMethods<'_> {
    type Output = crate::models::ListCustomerPaymentMethodsResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-api/v1/customers/{customerId}/payment-methods",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("customerId", &self.customer_id);
        if let Some(value) = &self.search {
            request.query("search", value);
        }
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
        if let Some(value) = &self.date_from {
            request.query("dateFrom", value);
        }
        if let Some(value) = &self.date_to {
            request.query("dateTo", value);
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

impl paygen_runtime::pagination::Paged for ListCustomerPaymentMethods<'_> {
    type Item = crate::models::GetCustomerPaymentMethodsResponse;

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

/// Update a payment method
///
/// `PUT /pay-api/v1/customers/{customerId}/payment-methods/{paymentMethodId}`, started by [`CustomersApi::update_customer_payment_method`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateCustomerPaymentMethod<'a> {
    call: Call<'a>,
    customer_id: paygen_runtime::Uuid,
    payment_method_id: paygen_runtime::Uuid,
    body: crate::models::UpdateCustomerPaymentMethodRequest,
}

impl<'a> UpdateCustomerPaymentMethod<'a> {
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

impl paygen_runtime::CallOptions for UpdateCustomerPaymentMethod<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for UpdateCustomerPaymentMethod<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PUT,
        path: "/pay-api/v1/customers/{customerId}/payment-methods/{paymentMethodId}",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("customerId", &self.customer_id);
        request.path_param("paymentMethodId", &self.payment_method_id);
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

/// Delete a payment method
///
/// `DELETE /pay-api/v1/customers/{customerId}/payment-methods/{paymentMethodId}`, started by [`CustomersApi::delete_customer_payment_method`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteCustomerPaymentMethod<'a> {
    call: Call<'a>,
    customer_id: paygen_runtime::Uuid,
    payment_method_id: paygen_runtime::Uuid,
}

impl<'a> DeleteCustomerPaymentMethod<'a> {
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

impl paygen_runtime::CallOptions for DeleteCustomerPaymentMethod<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for DeleteCustomerPaymentMethod<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::DELETE,
        path: "/pay-api/v1/customers/{customerId}/payment-methods/{paymentMethodId}",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("customerId", &self.customer_id);
        request.path_param("paymentMethodId", &self.payment_method_id);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}

/// Set the default payment method
///
/// `PUT /pay-api/v1/customers/{customerId}/payment-methods/{paymentMethodId}/make-default`, started by [`CustomersApi::make_customer_payment_method_default`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct MakeCustomerPaymentMethodDefault<'a> {
    call: Call<'a>,
    customer_id: paygen_runtime::Uuid,
    payment_method_id: paygen_runtime::Uuid,
}

impl<'a> MakeCustomerPaymentMethodDefault<'a> {
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

impl paygen_runtime::CallOptions for MakeCustomerPaymentMethodDefault<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for MakeCustomerPaymentMethodDefault<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PUT,
        path: "/pay-api/v1/customers/{customerId}/payment-methods/{paymentMethodId}/make-default",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("customerId", &self.customer_id);
        request.path_param("paymentMethodId", &self.payment_method_id);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}
