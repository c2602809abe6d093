use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
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
    /// Pages: use `.into_stream()` to walk every item.
    pub fn list_customers(&self) -> ListCustomers<'a> {
        ListCustomers {
            client: self.client,
            search: None,
            customer_ids: None,
            order_by: None,
            asc: None,
            date_from: None,
            date_to: None,
            page: None,
            page_size: None,
            options: paygen_runtime::RequestOptions::default(),
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
        body: crate::models::CreateCustomerRequest,
    ) -> CreateCustomer<'a> {
        CreateCustomer {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
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
            client: self.client,
            customer_id,
            options: paygen_runtime::RequestOptions::default(),
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
        body: crate::models::UpdateCustomerRequest,
    ) -> UpdateCustomer<'a> {
        UpdateCustomer {
            client: self.client,
            customer_id,
            body,
            options: paygen_runtime::RequestOptions::default(),
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
            client: self.client,
            customer_id,
            options: paygen_runtime::RequestOptions::default(),
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
        body: crate::models::AddCustomerCardRequest,
    ) -> AddCustomerCard<'a> {
        AddCustomerCard {
            client: self.client,
            customer_id,
            body,
            options: paygen_runtime::RequestOptions::default(),
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
        body: crate::models::AddCustomerAchAccountRequest,
    ) -> AddCustomerAchAccount<'a> {
        AddCustomerAchAccount {
            client: self.client,
            customer_id,
            body,
            options: paygen_runtime::RequestOptions::default(),
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
    /// Pages: use `.into_stream()` to walk every item.
    pub fn list_customer_payment_methods(
        &self,
        customer_id: paygen_runtime::Uuid,
    ) -> ListCustomerPaymentMethods<'a> {
        ListCustomerPaymentMethods {
            client: self.client,
            customer_id,
            search: None,
            page: None,
            page_size: None,
            order_by: None,
            asc: None,
            date_from: None,
            date_to: None,
            options: paygen_runtime::RequestOptions::default(),
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
        body: crate::models::UpdateCustomerPaymentMethodRequest,
    ) -> UpdateCustomerPaymentMethod<'a> {
        UpdateCustomerPaymentMethod {
            client: self.client,
            customer_id,
            payment_method_id,
            body,
            options: paygen_runtime::RequestOptions::default(),
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
            client: self.client,
            customer_id,
            payment_method_id,
            options: paygen_runtime::RequestOptions::default(),
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
            client: self.client,
            customer_id,
            payment_method_id,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `GET /pay-api/v1/customers` call; finish it with [`send`](ListCustomers::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCustomers<'a> {
    client: &'a Client,
    search: Option<String>,
    customer_ids: Option<paygen_runtime::Uuid>,
    order_by: Option<String>,
    asc: Option<bool>,
    date_from: Option<paygen_runtime::DateTime>,
    date_to: Option<paygen_runtime::DateTime>,
    page: Option<i32>,
    page_size: Option<i32>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListCustomers<'a> {
    /// Search string.
    ///
    /// Sent as the query parameter `search`.
    pub fn search(mut self, value: impl Into<String>) -> Self {
        self.search = Some(value.into());
        self
    }
    /// Single customer's identifier.
    ///
    /// Sent as the query parameter `customerIds`.
    pub fn customer_ids(mut self, value: paygen_runtime::Uuid) -> Self {
        self.customer_ids = Some(value);
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
    /// Lower bound of the date range (ISO 8601 date-time); items from this moment on are returned.
    ///
    /// Sent as the query parameter `dateFrom`.
    pub fn date_from(mut self, value: paygen_runtime::DateTime) -> Self {
        self.date_from = Some(value);
        self
    }
    /// Upper bound of the date range (ISO 8601 date-time); items up to this moment are returned.
    ///
    /// Sent as the query parameter `dateTo`.
    pub fn date_to(mut self, value: paygen_runtime::DateTime) -> Self {
        self.date_to = Some(value);
        self
    }
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
        if let Some(value) = &self.search {
            query.push(("search".to_string(), value.to_param()));
        }
        if let Some(value) = &self.customer_ids {
            query.push(("customerIds".to_string(), value.to_param()));
        }
        if let Some(value) = &self.order_by {
            query.push(("orderBy".to_string(), value.to_param()));
        }
        if let Some(value) = &self.asc {
            query.push(("asc".to_string(), value.to_param()));
        }
        if let Some(value) = &self.date_from {
            query.push(("dateFrom".to_string(), value.to_param()));
        }
        if let Some(value) = &self.date_to {
            query.push(("dateTo".to_string(), value.to_param()));
        }
        if let Some(value) = &self.page {
            query.push(("page".to_string(), value.to_param()));
        }
        if let Some(value) = &self.page_size {
            query.push(("pageSize".to_string(), value.to_param()));
        }
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/pay-api/v1/customers",
            path: "/pay-api/v1/customers".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::ListCustomersResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::ListCustomersResponse>, crate::Error> {
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
        Item = Result<crate::models::CustomerItemDto, crate::Error>,
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
/// A prepared `POST /pay-api/v1/customers` call; finish it with [`send`](CreateCustomer::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateCustomer<'a> {
    client: &'a Client,
    body: crate::models::CreateCustomerRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateCustomer<'a> {
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
            path_template: "/pay-api/v1/customers",
            path: "/pay-api/v1/customers".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::CreateCustomerResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::CreateCustomerResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `GET /pay-api/v1/customers/{customerId}` call; finish it with [`send`](GetCustomer::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetCustomer<'a> {
    client: &'a Client,
    customer_id: paygen_runtime::Uuid,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetCustomer<'a> {
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
            path_template: "/pay-api/v1/customers/{customerId}",
            path: format!(
                "/pay-api/v1/customers/{}",
                paygen_runtime::encode_path_segment(&self.customer_id.to_param())
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
    pub async fn send(self) -> Result<crate::models::GetCustomerResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::GetCustomerResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `PUT /pay-api/v1/customers/{customerId}` call; finish it with [`send`](UpdateCustomer::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateCustomer<'a> {
    client: &'a Client,
    customer_id: paygen_runtime::Uuid,
    body: crate::models::UpdateCustomerRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> UpdateCustomer<'a> {
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
            path_template: "/pay-api/v1/customers/{customerId}",
            path: format!(
                "/pay-api/v1/customers/{}",
                paygen_runtime::encode_path_segment(&self.customer_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: true,
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
/// A prepared `DELETE /pay-api/v1/customers/{customerId}` call; finish it with [`send`](DeleteCustomer::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteCustomer<'a> {
    client: &'a Client,
    customer_id: paygen_runtime::Uuid,
    options: paygen_runtime::RequestOptions,
}
impl<'a> DeleteCustomer<'a> {
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
            method: paygen_runtime::Method::DELETE,
            path_template: "/pay-api/v1/customers/{customerId}",
            path: format!(
                "/pay-api/v1/customers/{}",
                paygen_runtime::encode_path_segment(&self.customer_id.to_param())
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
/// A prepared `POST /pay-api/v1/customers/{customerId}/payment-methods/cards` call; finish it with [`send`](AddCustomerCard::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AddCustomerCard<'a> {
    client: &'a Client,
    customer_id: paygen_runtime::Uuid,
    body: crate::models::AddCustomerCardRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> AddCustomerCard<'a> {
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
            path_template: "/pay-api/v1/customers/{customerId}/payment-methods/cards",
            path: format!(
                "/pay-api/v1/customers/{}/payment-methods/cards",
                paygen_runtime::encode_path_segment(&self.customer_id.to_param())
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
    pub async fn send(self) -> Result<crate::models::AddCustomerCardResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::AddCustomerCardResponse>, crate::Error>
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
/// A prepared `POST /pay-api/v1/customers/{customerId}/payment-methods/ach` call; finish it with [`send`](AddCustomerAchAccount::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AddCustomerAchAccount<'a> {
    client: &'a Client,
    customer_id: paygen_runtime::Uuid,
    body: crate::models::AddCustomerAchAccountRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> AddCustomerAchAccount<'a> {
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
            path_template: "/pay-api/v1/customers/{customerId}/payment-methods/ach",
            path: format!(
                "/pay-api/v1/customers/{}/payment-methods/ach",
                paygen_runtime::encode_path_segment(&self.customer_id.to_param())
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
    pub async fn send(self) -> Result<crate::models::AddCustomerAchAccountResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::AddCustomerAchAccountResponse>, crate::Error>
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
/// A prepared `GET /pay-api/v1/customers/{customerId}/payment-methods` call; finish it with [`send`](ListCustomerPaymentMethods::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCustomerPaymentMethods<'a> {
    client: &'a Client,
    customer_id: paygen_runtime::Uuid,
    search: Option<String>,
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    date_from: Option<paygen_runtime::DateTime>,
    date_to: Option<paygen_runtime::DateTime>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListCustomerPaymentMethods<'a> {
    /// Search string.
    ///
    /// Sent as the query parameter `search`.
    pub fn search(mut self, value: impl Into<String>) -> Self {
        self.search = Some(value.into());
        self
    }
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
    /// Lower bound of the date range (ISO 8601, UTC or with offset); items from this moment on are returned.
    ///
    /// Sent as the query parameter `dateFrom`.
    pub fn date_from(mut self, value: paygen_runtime::DateTime) -> Self {
        self.date_from = Some(value);
        self
    }
    /// Upper bound of the date range (ISO 8601, UTC or with offset); items up to this moment are returned.
    ///
    /// Sent as the query parameter `dateTo`.
    pub fn date_to(mut self, value: paygen_runtime::DateTime) -> Self {
        self.date_to = Some(value);
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
        if let Some(value) = &self.search {
            query.push(("search".to_string(), value.to_param()));
        }
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
        if let Some(value) = &self.date_from {
            query.push(("dateFrom".to_string(), value.to_param()));
        }
        if let Some(value) = &self.date_to {
            query.push(("dateTo".to_string(), value.to_param()));
        }
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/pay-api/v1/customers/{customerId}/payment-methods",
            path: format!(
                "/pay-api/v1/customers/{}/payment-methods",
                paygen_runtime::encode_path_segment(&self.customer_id.to_param())
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
    ) -> Result<crate::models::ListCustomerPaymentMethodsResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<
        paygen_runtime::Response<crate::models::ListCustomerPaymentMethodsResponse>,
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
        Item = Result<crate::models::GetCustomerPaymentMethodsResponse, crate::Error>,
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
/// A prepared `PUT /pay-api/v1/customers/{customerId}/payment-methods/{paymentMethodId}` call; finish it with [`send`](UpdateCustomerPaymentMethod::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateCustomerPaymentMethod<'a> {
    client: &'a Client,
    customer_id: paygen_runtime::Uuid,
    payment_method_id: paygen_runtime::Uuid,
    body: crate::models::UpdateCustomerPaymentMethodRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> UpdateCustomerPaymentMethod<'a> {
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
            path_template: "/pay-api/v1/customers/{customerId}/payment-methods/{paymentMethodId}",
            path: format!(
                "/pay-api/v1/customers/{}/payment-methods/{}",
                paygen_runtime::encode_path_segment(&self.customer_id.to_param()),
                paygen_runtime::encode_path_segment(&self.payment_method_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: true,
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
/// A prepared `DELETE /pay-api/v1/customers/{customerId}/payment-methods/{paymentMethodId}` call; finish it with [`send`](DeleteCustomerPaymentMethod::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeleteCustomerPaymentMethod<'a> {
    client: &'a Client,
    customer_id: paygen_runtime::Uuid,
    payment_method_id: paygen_runtime::Uuid,
    options: paygen_runtime::RequestOptions,
}
impl<'a> DeleteCustomerPaymentMethod<'a> {
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
            method: paygen_runtime::Method::DELETE,
            path_template: "/pay-api/v1/customers/{customerId}/payment-methods/{paymentMethodId}",
            path: format!(
                "/pay-api/v1/customers/{}/payment-methods/{}",
                paygen_runtime::encode_path_segment(&self.customer_id.to_param()),
                paygen_runtime::encode_path_segment(&self.payment_method_id.to_param())
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
/// A prepared `PUT /pay-api/v1/customers/{customerId}/payment-methods/{paymentMethodId}/make-default` call; finish it with [`send`](MakeCustomerPaymentMethodDefault::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct MakeCustomerPaymentMethodDefault<'a> {
    client: &'a Client,
    customer_id: paygen_runtime::Uuid,
    payment_method_id: paygen_runtime::Uuid,
    options: paygen_runtime::RequestOptions,
}
impl<'a> MakeCustomerPaymentMethodDefault<'a> {
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
            path_template: "/pay-api/v1/customers/{customerId}/payment-methods/{paymentMethodId}/make-default",
            path: format!(
                "/pay-api/v1/customers/{}/payment-methods/{}/make-default",
                paygen_runtime::encode_path_segment(&self.customer_id.to_param()),
                paygen_runtime::encode_path_segment(&self.payment_method_id.to_param())
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
