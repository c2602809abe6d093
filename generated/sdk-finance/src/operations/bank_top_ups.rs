use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Crediting wallets from bank transfers, directly or through requests an accountant accepts or declines.
#[derive(Clone, Copy, Debug)]
pub struct BankTopUpsApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> BankTopUpsApi<'a> {
    /// Calculate the commission of a bank top-up
    ///
    /// Computes what a top-up of the given amount to the given wallet would cost and credit,
    /// without moving money. Only useful when commissions are configured. Body fields come from
    /// the SDK.finance knowledge base.
    ///
    /// **Inferred:** Marked retry-safe because a calculation does not change any state.
    ///
    /// `POST /bank-top-ups/calculate`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn calculate_bank_top_up(
        &self,
        body: crate::models::CommissionCalculateRequest,
    ) -> CalculateBankTopUp<'a> {
        CalculateBankTopUp {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Create a bank top-up request
    ///
    /// Records a top-up from a bank transfer as a request that stays pending until it is
    /// accepted or declined (for example after an AML check). Keep the returned
    /// `requestIdentifier`. Body fields come from the SDK.finance knowledge base.
    ///
    /// `POST /bank-top-ups/create-request/with-bank`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_bank_top_up_request(
        &self,
        body: crate::models::BankTopUpRequestCreateRequest,
    ) -> CreateBankTopUpRequest<'a> {
        CreateBankTopUpRequest {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Top up a wallet from a bank transfer
    ///
    /// Credits a wallet with money received by bank transfer on the platform's transit account,
    /// identified by the wallet serial the customer quoted. Body fields come from the SDK.finance
    /// knowledge base.
    ///
    /// `POST /bank-top-ups/with-bank`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn top_up_with_bank(&self, body: crate::models::BankOperationRequest) -> TopUpWithBank<'a> {
        TopUpWithBank {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Accept a bank top-up request
    ///
    /// Approves a pending top-up request so that the wallet is credited. Meant for the accountant role. No request body.
    ///
    /// `POST /bank-top-ups/{requestIdentifier}/accept`
    ///
    /// # Arguments
    /// - `request_identifier` (`requestIdentifier`): The numeric `requestIdentifier` returned when the request was created.
    pub fn accept_bank_top_up(&self, request_identifier: i64) -> AcceptBankTopUp<'a> {
        AcceptBankTopUp {
            client: self.client,
            request_identifier,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Decline a bank top-up request
    ///
    /// Rejects a pending top-up request; the wallet is not credited. Meant for the accountant role. No request body.
    ///
    /// `POST /bank-top-ups/{requestIdentifier}/decline`
    ///
    /// # Arguments
    /// - `request_identifier` (`requestIdentifier`): The numeric `requestIdentifier` returned when the request was created.
    pub fn decline_bank_top_up(&self, request_identifier: i64) -> DeclineBankTopUp<'a> {
        DeclineBankTopUp {
            client: self.client,
            request_identifier,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `POST /bank-top-ups/calculate` call; finish it with [`send`](CalculateBankTopUp::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CalculateBankTopUp<'a> {
    client: &'a Client,
    body: crate::models::CommissionCalculateRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CalculateBankTopUp<'a> {
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
            path_template: "/bank-top-ups/calculate",
            path: "/bank-top-ups/calculate".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["tokenAuth"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::CommissionResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::CommissionResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /bank-top-ups/create-request/with-bank` call; finish it with [`send`](CreateBankTopUpRequest::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateBankTopUpRequest<'a> {
    client: &'a Client,
    body: crate::models::BankTopUpRequestCreateRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateBankTopUpRequest<'a> {
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
            path_template: "/bank-top-ups/create-request/with-bank",
            path: "/bank-top-ups/create-request/with-bank".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["tokenAuth"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::BankOperationResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::BankOperationResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /bank-top-ups/with-bank` call; finish it with [`send`](TopUpWithBank::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct TopUpWithBank<'a> {
    client: &'a Client,
    body: crate::models::BankOperationRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> TopUpWithBank<'a> {
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
            path_template: "/bank-top-ups/with-bank",
            path: "/bank-top-ups/with-bank".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["tokenAuth"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::BankOperationResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::BankOperationResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /bank-top-ups/{requestIdentifier}/accept` call; finish it with [`send`](AcceptBankTopUp::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AcceptBankTopUp<'a> {
    client: &'a Client,
    request_identifier: i64,
    options: paygen_runtime::RequestOptions,
}
impl<'a> AcceptBankTopUp<'a> {
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
            path_template: "/bank-top-ups/{requestIdentifier}/accept",
            path: format!(
                "/bank-top-ups/{}/accept",
                paygen_runtime::encode_path_segment(&self.request_identifier.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["tokenAuth"]],
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
/// A prepared `POST /bank-top-ups/{requestIdentifier}/decline` call; finish it with [`send`](DeclineBankTopUp::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeclineBankTopUp<'a> {
    client: &'a Client,
    request_identifier: i64,
    options: paygen_runtime::RequestOptions,
}
impl<'a> DeclineBankTopUp<'a> {
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
            path_template: "/bank-top-ups/{requestIdentifier}/decline",
            path: format!(
                "/bank-top-ups/{}/decline",
                paygen_runtime::encode_path_segment(&self.request_identifier.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["tokenAuth"]],
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
