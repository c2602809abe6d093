use crate::client::Client;

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
    /// Pages: [`into_stream`](crate::client::Call::into_stream) on the returned call walks every item.
    pub fn list_customers(&self) -> crate::client::Call<'a, ListCustomers> {
        crate::client::Call::new(
            self.client,
            ListCustomers {
                search: None,
                customer_ids: None,
                order_by: None,
                asc: None,
                date_from: None,
                date_to: None,
                page: None,
                page_size: None,
            },
        )
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
        body: crate::models::CreateCustomerRequest,
    ) -> crate::client::Call<'a, CreateCustomer> {
        crate::client::Call::new(self.client, CreateCustomer { body })
    }

    /// Get a customer
    ///
    /// Returns one customer with addresses, transaction statistics and stored cards and bank accounts.
    ///
    /// `GET /pay-api/v1/customers/{customerId}`
    ///
    /// # Arguments
    /// - `customer_id` (`customerId`): Id of the customer.
    pub fn get_customer(
        &self,
        customer_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, GetCustomer> {
        crate::client::Call::new(self.client, GetCustomer { customer_id })
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
        body: crate::models::UpdateCustomerRequest,
    ) -> crate::client::Call<'a, UpdateCustomer> {
        crate::client::Call::new(self.client, UpdateCustomer { customer_id, body })
    }

    /// Delete a customer
    ///
    /// Deletes a customer of the current merchant.
    ///
    /// `DELETE /pay-api/v1/customers/{customerId}`
    ///
    /// # Arguments
    /// - `customer_id` (`customerId`): Id of the customer.
    pub fn delete_customer(
        &self,
        customer_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, DeleteCustomer> {
        crate::client::Call::new(self.client, DeleteCustomer { customer_id })
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
        body: crate::models::AddCustomerCardRequest,
    ) -> crate::client::Call<'a, AddCustomerCard> {
        crate::client::Call::new(self.client, AddCustomerCard { customer_id, body })
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
        body: crate::models::AddCustomerAchAccountRequest,
    ) -> crate::client::Call<'a, AddCustomerAchAccount> {
        crate::client::Call::new(self.client, AddCustomerAchAccount { customer_id, body })
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
    /// Pages: [`into_stream`](crate::client::Call::into_stream) on the returned call walks every item.
    pub fn list_customer_payment_methods(
        &self,
        customer_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, ListCustomerPaymentMethods> {
        crate::client::Call::new(
            self.client,
            ListCustomerPaymentMethods {
                customer_id,
                search: None,
                page: None,
                page_size: None,
                order_by: None,
                asc: None,
                date_from: None,
                date_to: None,
            },
        )
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
        body: crate::models::UpdateCustomerPaymentMethodRequest,
    ) -> crate::client::Call<'a, UpdateCustomerPaymentMethod> {
        crate::client::Call::new(
            self.client,
            UpdateCustomerPaymentMethod {
                customer_id,
                payment_method_id,
                body,
            },
        )
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
    ) -> crate::client::Call<'a, DeleteCustomerPaymentMethod> {
        crate::client::Call::new(
            self.client,
            DeleteCustomerPaymentMethod {
                customer_id,
                payment_method_id,
            },
        )
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
    ) -> crate::client::Call<'a, MakeCustomerPaymentMethodDefault> {
        crate::client::Call::new(
            self.client,
            MakeCustomerPaymentMethodDefault {
                customer_id,
                payment_method_id,
            },
        )
    }
}

/// The parameters of `GET /pay-api/v1/customers`, set on the [`Call`](crate::client::Call) that [`list_customers`](CustomersApi::list_customers) returns.
#[derive(Clone, Debug)]
pub struct ListCustomers {
    search: Option<String>,
    customer_ids: Option<paygen_runtime::Uuid>,
    order_by: Option<String>,
    asc: Option<bool>,
    date_from: Option<paygen_runtime::DateTime>,
    date_to: Option<paygen_runtime::DateTime>,
    page: Option<i32>,
    page_size: Option<i32>,
}

impl crate::client::Call<'_, ListCustomers> {
    /// Search string.
    ///
    /// Sent as the query parameter `search`.
    pub fn search(mut self, value: impl Into<String>) -> Self {
        self.op.search = Some(value.into());
        self
    }

    /// Single customer's identifier.
    ///
    /// Sent as the query parameter `customerIds`.
    pub fn customer_ids(mut self, value: paygen_runtime::Uuid) -> Self {
        self.op.customer_ids = Some(value);
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

    /// Lower bound of the date range (ISO 8601 date-time); items from this moment on are returned.
    ///
    /// Sent as the query parameter `dateFrom`.
    pub fn date_from(mut self, value: paygen_runtime::DateTime) -> Self {
        self.op.date_from = Some(value);
        self
    }

    /// Upper bound of the date range (ISO 8601 date-time); items up to this moment are returned.
    ///
    /// Sent as the query parameter `dateTo`.
    pub fn date_to(mut self, value: paygen_runtime::DateTime) -> Self {
        self.op.date_to = Some(value);
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
}

impl paygen_runtime::Operation for ListCustomers {
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

impl paygen_runtime::pagination::Paged for ListCustomers {
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

/// The parameters of `POST /pay-api/v1/customers`, set on the [`Call`](crate::client::Call) that [`create_customer`](CustomersApi::create_customer) returns.
#[derive(Clone, Debug)]
pub struct CreateCustomer {
    body: crate::models::CreateCustomerRequest,
}

impl paygen_runtime::Operation for CreateCustomer {
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
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// The parameters of `GET /pay-api/v1/customers/{customerId}`, set on the [`Call`](crate::client::Call) that [`get_customer`](CustomersApi::get_customer) returns.
#[derive(Clone, Debug)]
pub struct GetCustomer {
    customer_id: paygen_runtime::Uuid,
}

impl paygen_runtime::Operation for GetCustomer {
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

/// The parameters of `PUT /pay-api/v1/customers/{customerId}`, set on the [`Call`](crate::client::Call) that [`update_customer`](CustomersApi::update_customer) returns.
#[derive(Clone, Debug)]
pub struct UpdateCustomer {
    customer_id: paygen_runtime::Uuid,
    body: crate::models::UpdateCustomerRequest,
}

impl paygen_runtime::Operation for UpdateCustomer {
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

/// The parameters of `DELETE /pay-api/v1/customers/{customerId}`, set on the [`Call`](crate::client::Call) that [`delete_customer`](CustomersApi::delete_customer) returns.
#[derive(Clone, Debug)]
pub struct DeleteCustomer {
    customer_id: paygen_runtime::Uuid,
}

impl paygen_runtime::Operation for DeleteCustomer {
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

/// The parameters of `POST /pay-api/v1/customers/{customerId}/payment-methods/cards`, set on the [`Call`](crate::client::Call) that [`add_customer_card`](CustomersApi::add_customer_card) returns.
#[derive(Clone, Debug)]
pub struct AddCustomerCard {
    customer_id: paygen_runtime::Uuid,
    body: crate::models::AddCustomerCardRequest,
}

impl paygen_runtime::Operation for AddCustomerCard {
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
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// The parameters of `POST /pay-api/v1/customers/{customerId}/payment-methods/ach`, set on the [`Call`](crate::client::Call) that [`add_customer_ach_account`](CustomersApi::add_customer_ach_account) returns.
#[derive(Clone, Debug)]
pub struct AddCustomerAchAccount {
    customer_id: paygen_runtime::Uuid,
    body: crate::models::AddCustomerAchAccountRequest,
}

impl paygen_runtime::Operation for AddCustomerAchAccount {
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
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// The parameters of `GET /pay-api/v1/customers/{customerId}/payment-methods`, set on the [`Call`](crate::client::Call) that [`list_customer_payment_methods`](CustomersApi::list_customer_payment_methods) returns.
#[derive(Clone, Debug)]
pub struct ListCustomerPaymentMethods {
    customer_id: paygen_runtime::Uuid,
    search: Option<String>,
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    date_from: Option<paygen_runtime::DateTime>,
    date_to: Option<paygen_runtime::DateTime>,
}

impl crate::client::Call<'_, ListCustomerPaymentMethods> {
    /// Search string.
    ///
    /// Sent as the query parameter `search`.
    pub fn search(mut self, value: impl Into<String>) -> Self {
        self.op.search = Some(value.into());
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

    /// Lower bound of the date range (ISO 8601, UTC or with offset); items from this moment on are returned.
    ///
    /// Sent as the query parameter `dateFrom`.
    pub fn date_from(mut self, value: paygen_runtime::DateTime) -> Self {
        self.op.date_from = Some(value);
        self
    }

    /// Upper bound of the date range (ISO 8601, UTC or with offset); items up to this moment are returned.
    ///
    /// Sent as the query parameter `dateTo`.
    pub fn date_to(mut self, value: paygen_runtime::DateTime) -> Self {
        self.op.date_to = Some(value);
        self
    }
}

impl paygen_runtime::Operation for ListCustomerPaymentMethods {
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

impl paygen_runtime::pagination::Paged for ListCustomerPaymentMethods {
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

/// The parameters of `PUT /pay-api/v1/customers/{customerId}/payment-methods/{paymentMethodId}`, set on the [`Call`](crate::client::Call) that [`update_customer_payment_method`](CustomersApi::update_customer_payment_method) returns.
#[derive(Clone, Debug)]
pub struct UpdateCustomerPaymentMethod {
    customer_id: paygen_runtime::Uuid,
    payment_method_id: paygen_runtime::Uuid,
    body: crate::models::UpdateCustomerPaymentMethodRequest,
}

impl paygen_runtime::Operation for UpdateCustomerPaymentMethod {
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

/// The parameters of `DELETE /pay-api/v1/customers/{customerId}/payment-methods/{paymentMethodId}`, set on the [`Call`](crate::client::Call) that [`delete_customer_payment_method`](CustomersApi::delete_customer_payment_method) returns.
#[derive(Clone, Debug)]
pub struct DeleteCustomerPaymentMethod {
    customer_id: paygen_runtime::Uuid,
    payment_method_id: paygen_runtime::Uuid,
}

impl paygen_runtime::Operation for DeleteCustomerPaymentMethod {
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

/// The parameters of `PUT /pay-api/v1/customers/{customerId}/payment-methods/{paymentMethodId}/make-default`, set on the [`Call`](crate::client::Call) that [`make_customer_payment_method_default`](CustomersApi::make_customer_payment_method_default) returns.
#[derive(Clone, Debug)]
pub struct MakeCustomerPaymentMethodDefault {
    customer_id: paygen_runtime::Uuid,
    payment_method_id: paygen_runtime::Uuid,
}

impl paygen_runtime::Operation for MakeCustomerPaymentMethodDefault {
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
