use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Create, hold, release, void and refund ACH (bank) debits and credits.
#[derive(Clone, Copy, Debug)]
pub struct AchTransactionsApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> AchTransactionsApi<'a> {
    /// Refund an ACH transaction
    ///
    /// Refunds a settled ACH transaction. The document only mentions this path (ACH overview and the void See Also); parameters, body and responses are not documented and are inferred here.
    ///
    /// **Inferred:** only the path is mentioned (ACH overview and void See Also); method taken from the text, no parameters, body or responses are documented
    ///
    /// `POST /pay-api/v1/transactions/ach/{transactionId}/refund`
    ///
    /// # Arguments
    /// - `transaction_id` (`transactionId`): Identifier of the settled ACH transaction to refund.
    pub fn refund_ach_transaction(
        &self,
        transaction_id: paygen_runtime::Uuid,
    ) -> RefundAchTransaction<'a> {
        RefundAchTransaction {
            client: self.client,
            transaction_id,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Send an ACH credit
    ///
    /// Starts an ACH credit that moves funds from the merchant to a customer bank account (payouts, unreferenced refunds). Use either a stored bank payment method or raw routing/account numbers. Creating the credit also submits it for batch processing.
    ///
    /// `POST /pay-api/v1/transactions/ach/payment/credit`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_ach_credit(
        &self,
        body: crate::models::CreateAchCreditRequest,
    ) -> CreateAchCredit<'a> {
        CreateAchCredit {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Collect an ACH debit
    ///
    /// Starts an ACH debit that pulls funds from a customer bank account, either from a stored bank payment method or from routing/account numbers sent in the request. The debit is submitted for processing on creation.
    ///
    /// `POST /pay-api/v1/transactions/ach/payment`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_ach_debit(
        &self,
        body: crate::models::CreateAchDebitRequest,
    ) -> CreateAchDebit<'a> {
        CreateAchDebit {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Void an ACH transaction
    ///
    /// Stops an ACH transaction that is still waiting to be sent out, so it is never processed.
    ///
    /// `POST /pay-api/v1/transactions/ach/{transactionId}/void`
    ///
    /// # Arguments
    /// - `transaction_id` (`transactionId`): Id of the ACH transaction.
    pub fn void_ach_transaction(
        &self,
        transaction_id: paygen_runtime::Uuid,
    ) -> VoidAchTransaction<'a> {
        VoidAchTransaction {
            client: self.client,
            transaction_id,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Put an ACH transaction on hold
    ///
    /// Puts a submitted ACH transaction on hold so it is not processed until it is released or voided.
    ///
    /// `POST /pay-api/v1/transactions/ach/{transactionId}/hold`
    ///
    /// # Arguments
    /// - `transaction_id` (`transactionId`): Id of the ACH transaction.
    pub fn hold_ach_transaction(
        &self,
        transaction_id: paygen_runtime::Uuid,
    ) -> HoldAchTransaction<'a> {
        HoldAchTransaction {
            client: self.client,
            transaction_id,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// Release a held ACH transaction
    ///
    /// Releases an ACH transaction from hold so that processing continues.
    ///
    /// `POST /pay-api/v1/transactions/ach/{transactionId}/unhold`
    ///
    /// # Arguments
    /// - `transaction_id` (`transactionId`): Id of the ACH transaction.
    pub fn unhold_ach_transaction(
        &self,
        transaction_id: paygen_runtime::Uuid,
    ) -> UnholdAchTransaction<'a> {
        UnholdAchTransaction {
            client: self.client,
            transaction_id,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `POST /pay-api/v1/transactions/ach/{transactionId}/refund` call; finish it with [`send`](RefundAchTransaction::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RefundAchTransaction<'a> {
    client: &'a Client,
    transaction_id: paygen_runtime::Uuid,
    options: paygen_runtime::RequestOptions,
}
impl<'a> RefundAchTransaction<'a> {
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
            path_template: "/pay-api/v1/transactions/ach/{transactionId}/refund",
            path: format!(
                "/pay-api/v1/transactions/ach/{}/refund",
                paygen_runtime::encode_path_segment(&self.transaction_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::AchTransactionResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::AchTransactionResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /pay-api/v1/transactions/ach/payment/credit` call; finish it with [`send`](CreateAchCredit::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateAchCredit<'a> {
    client: &'a Client,
    body: crate::models::CreateAchCreditRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateAchCredit<'a> {
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
            path_template: "/pay-api/v1/transactions/ach/payment/credit",
            path: "/pay-api/v1/transactions/ach/payment/credit".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::AchTransactionResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::AchTransactionResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /pay-api/v1/transactions/ach/payment` call; finish it with [`send`](CreateAchDebit::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateAchDebit<'a> {
    client: &'a Client,
    body: crate::models::CreateAchDebitRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateAchDebit<'a> {
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
            path_template: "/pay-api/v1/transactions/ach/payment",
            path: "/pay-api/v1/transactions/ach/payment".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::AchTransactionResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::AchTransactionResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /pay-api/v1/transactions/ach/{transactionId}/void` call; finish it with [`send`](VoidAchTransaction::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct VoidAchTransaction<'a> {
    client: &'a Client,
    transaction_id: paygen_runtime::Uuid,
    options: paygen_runtime::RequestOptions,
}
impl<'a> VoidAchTransaction<'a> {
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
            path_template: "/pay-api/v1/transactions/ach/{transactionId}/void",
            path: format!(
                "/pay-api/v1/transactions/ach/{}/void",
                paygen_runtime::encode_path_segment(&self.transaction_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::AchTransactionResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::AchTransactionResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /pay-api/v1/transactions/ach/{transactionId}/hold` call; finish it with [`send`](HoldAchTransaction::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct HoldAchTransaction<'a> {
    client: &'a Client,
    transaction_id: paygen_runtime::Uuid,
    options: paygen_runtime::RequestOptions,
}
impl<'a> HoldAchTransaction<'a> {
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
            path_template: "/pay-api/v1/transactions/ach/{transactionId}/hold",
            path: format!(
                "/pay-api/v1/transactions/ach/{}/hold",
                paygen_runtime::encode_path_segment(&self.transaction_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::AchHoldResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::AchHoldResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /pay-api/v1/transactions/ach/{transactionId}/unhold` call; finish it with [`send`](UnholdAchTransaction::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UnholdAchTransaction<'a> {
    client: &'a Client,
    transaction_id: paygen_runtime::Uuid,
    options: paygen_runtime::RequestOptions,
}
impl<'a> UnholdAchTransaction<'a> {
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
            path_template: "/pay-api/v1/transactions/ach/{transactionId}/unhold",
            path: format!(
                "/pay-api/v1/transactions/ach/{}/unhold",
                paygen_runtime::encode_path_segment(&self.transaction_id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["Bearer"]],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::AchHoldResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::AchHoldResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
