use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Bitcoin Lightning Network (BLN) balance, invoices (orders) and withdrawals.
#[derive(Clone, Copy, Debug)]
pub struct LightningApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> LightningApi<'a> {
    /// Get BLN Balance
    ///
    /// Returns the merchant's Bitcoin Lightning Network balance.
    ///
    /// **Inferred:** The path was not retrieved; /api/bln/balance is named by analogy with /api/bln/order and /api/bln/withdraw. GET is shown in the docs sidebar.
    ///
    /// `GET /api/bln/balance`
    pub fn get_bln_balance(&self) -> GetBlnBalance<'a> {
        GetBlnBalance {
            client: self.client,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Create BLN Order
    ///
    /// Creates a Lightning order for a fiat amount and returns a BOLT11 invoice
    /// (`payment_request`) for the BTC amount, plus a hosted checkout URL.
    ///
    /// `POST /api/bln/order`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_bln_order(&self, body: crate::models::BlnOrderRequest) -> CreateBlnOrder<'a> {
        CreateBlnOrder {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Create BLN Withdraw
    ///
    /// Pays a Lightning invoice from the merchant's Lightning balance. `amount` is only
    /// needed for invoices that do not carry an amount themselves.
    ///
    /// `POST /api/bln/withdraw`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_bln_withdraw(
        &self,
        body: crate::models::BlnWithdrawRequest,
    ) -> CreateBlnWithdraw<'a> {
        CreateBlnWithdraw {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `GET /api/bln/balance` call; finish it with [`send`](GetBlnBalance::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetBlnBalance<'a> {
    client: &'a Client,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetBlnBalance<'a> {
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
            path_template: "/api/bln/balance",
            path: "/api/bln/balance".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["apiKey"], &["signature"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::BlnBalanceResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::BlnBalanceResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /api/bln/order` call; finish it with [`send`](CreateBlnOrder::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateBlnOrder<'a> {
    client: &'a Client,
    body: crate::models::BlnOrderRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateBlnOrder<'a> {
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
            path_template: "/api/bln/order",
            path: "/api/bln/order".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["apiKey"], &["signature"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::BlnOrderResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::BlnOrderResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /api/bln/withdraw` call; finish it with [`send`](CreateBlnWithdraw::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateBlnWithdraw<'a> {
    client: &'a Client,
    body: crate::models::BlnWithdrawRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateBlnWithdraw<'a> {
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
            path_template: "/api/bln/withdraw",
            path: "/api/bln/withdraw".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["apiKey"], &["signature"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::BlnWithdrawResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::BlnWithdrawResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
