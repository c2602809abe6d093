use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Withdrawal requests from wallets to bank accounts, accepted or declined by an accountant.
#[derive(Clone, Copy, Debug)]
pub struct BankWithdrawalsApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> BankWithdrawalsApi<'a> {
    /// Calculate the commission of a bank withdrawal
    ///
    /// Computes what a withdrawal of the given amount from the given wallet would cost, without
    /// moving money. Only useful when commissions are configured. Body fields come from the
    /// SDK.finance knowledge base (the 2022 frontend sent the serial as `coin` instead).
    ///
    /// **Inferred:** Marked retry-safe because a calculation does not change any state.
    ///
    /// `POST /bank-withdrawals/calculate`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn calculate_bank_withdrawal(
        &self,
        body: crate::models::CommissionCalculateRequest,
    ) -> CalculateBankWithdrawal<'a> {
        CalculateBankWithdrawal {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Create a bank withdrawal request
    ///
    /// Asks for money to be paid out from a wallet to a bank account. The amount is held until
    /// the request is accepted or declined. Keep the returned `requestIdentifier`. Body fields
    /// come from the SDK.finance knowledge base.
    ///
    /// `POST /bank-withdrawals/with-bank`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_bank_withdrawal(
        &self,
        body: crate::models::BankOperationRequest,
    ) -> CreateBankWithdrawal<'a> {
        CreateBankWithdrawal {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Accept a bank withdrawal request
    ///
    /// Approves a pending withdrawal request so that the held amount is paid out. Meant for the accountant role. No request body.
    ///
    /// `POST /bank-withdrawals/{requestIdentifier}/accept`
    ///
    /// # Arguments
    /// - `request_identifier` (`requestIdentifier`): The numeric `requestIdentifier` returned when the request was created.
    pub fn accept_bank_withdrawal(&self, request_identifier: i64) -> AcceptBankWithdrawal<'a> {
        AcceptBankWithdrawal {
            client: self.client,
            request_identifier,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Decline a bank withdrawal request
    ///
    /// Rejects a pending withdrawal request and releases the held amount. Meant for the accountant role. No request body.
    ///
    /// `POST /bank-withdrawals/{requestIdentifier}/decline`
    ///
    /// # Arguments
    /// - `request_identifier` (`requestIdentifier`): The numeric `requestIdentifier` returned when the request was created.
    pub fn decline_bank_withdrawal(&self, request_identifier: i64) -> DeclineBankWithdrawal<'a> {
        DeclineBankWithdrawal {
            client: self.client,
            request_identifier,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `POST /bank-withdrawals/calculate` call; finish it with [`send`](CalculateBankWithdrawal::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CalculateBankWithdrawal<'a> {
    client: &'a Client,
    body: crate::models::CommissionCalculateRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CalculateBankWithdrawal<'a> {
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
            path_template: "/bank-withdrawals/calculate",
            path: "/bank-withdrawals/calculate".to_string(),
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
/// A prepared `POST /bank-withdrawals/with-bank` call; finish it with [`send`](CreateBankWithdrawal::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateBankWithdrawal<'a> {
    client: &'a Client,
    body: crate::models::BankOperationRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateBankWithdrawal<'a> {
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
            path_template: "/bank-withdrawals/with-bank",
            path: "/bank-withdrawals/with-bank".to_string(),
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
/// A prepared `POST /bank-withdrawals/{requestIdentifier}/accept` call; finish it with [`send`](AcceptBankWithdrawal::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AcceptBankWithdrawal<'a> {
    client: &'a Client,
    request_identifier: i64,
    options: paygen_runtime::RequestOptions,
}
impl<'a> AcceptBankWithdrawal<'a> {
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
            path_template: "/bank-withdrawals/{requestIdentifier}/accept",
            path: format!(
                "/bank-withdrawals/{}/accept",
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
/// A prepared `POST /bank-withdrawals/{requestIdentifier}/decline` call; finish it with [`send`](DeclineBankWithdrawal::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct DeclineBankWithdrawal<'a> {
    client: &'a Client,
    request_identifier: i64,
    options: paygen_runtime::RequestOptions,
}
impl<'a> DeclineBankWithdrawal<'a> {
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
            path_template: "/bank-withdrawals/{requestIdentifier}/decline",
            path: format!(
                "/bank-withdrawals/{}/decline",
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
