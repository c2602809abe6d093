use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Merchant custodial wallets, balance withdrawals and self-custody wallets.
#[derive(Clone, Copy, Debug)]
pub struct WalletsApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> WalletsApi<'a> {
    /// Get Wallets List
    ///
    /// Lists the merchant's custodial wallets and their balances.
    ///
    /// **Inferred:** Method and path were not retrieved; GET /api/v2/wallet follows the /api/v2 naming of the order and tx endpoints.
    ///
    /// `GET /api/v2/wallet`
    pub fn list_wallets(&self) -> ListWallets<'a> {
        ListWallets {
            client: self.client,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Get Self Custody Wallets
    ///
    /// Lists the self-custody (merchant-controlled) wallet addresses configured for settlement.
    ///
    /// **Inferred:** Method and path were not retrieved; GET /api/v2/wallet/self-custody is named after the docs entry under the assumed /api/v2/wallet prefix.
    ///
    /// `GET /api/v2/wallet/self-custody`
    pub fn list_self_custody_wallets(&self) -> ListSelfCustodyWallets<'a> {
        ListSelfCustodyWallets {
            client: self.client,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Withdraw Balance
    ///
    /// Moves funds from a custodial wallet balance to an external address.
    ///
    /// **Inferred:** Method, path and body were not retrieved; POST /api/v2/wallet/withdraw with {chain, currency, amount, address} is the research notes' assumption.
    ///
    /// `POST /api/v2/wallet/withdraw`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn withdraw_balance(&self, body: crate::models::WithdrawalRequest) -> WithdrawBalance<'a> {
        WithdrawBalance {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `GET /api/v2/wallet` call; finish it with [`send`](ListWallets::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListWallets<'a> {
    client: &'a Client,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListWallets<'a> {
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
            path_template: "/api/v2/wallet",
            path: "/api/v2/wallet".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["apiKey"], &["signature"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::WalletListResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::WalletListResponse>, crate::Error> {
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
/// A prepared `GET /api/v2/wallet/self-custody` call; finish it with [`send`](ListSelfCustodyWallets::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSelfCustodyWallets<'a> {
    client: &'a Client,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ListSelfCustodyWallets<'a> {
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
            path_template: "/api/v2/wallet/self-custody",
            path: "/api/v2/wallet/self-custody".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["apiKey"], &["signature"]],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::SelfCustodyWalletListResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::SelfCustodyWalletListResponse>, crate::Error>
    {
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
/// A prepared `POST /api/v2/wallet/withdraw` call; finish it with [`send`](WithdrawBalance::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct WithdrawBalance<'a> {
    client: &'a Client,
    body: crate::models::WithdrawalRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> WithdrawBalance<'a> {
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
            path_template: "/api/v2/wallet/withdraw",
            path: "/api/v2/wallet/withdraw".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["apiKey"], &["signature"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::WithdrawalResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::WithdrawalResponse>, crate::Error> {
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
