use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

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
            call: Call::new(self.client),
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
    pub fn create_bln_order(
        &self,
        body: impl Into<crate::models::BlnOrderRequest>,
    ) -> CreateBlnOrder<'a> {
        CreateBlnOrder {
            call: Call::new(self.client),
            body: body.into(),
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
        body: impl Into<crate::models::BlnWithdrawRequest>,
    ) -> CreateBlnWithdraw<'a> {
        CreateBlnWithdraw {
            call: Call::new(self.client),
            body: body.into(),
        }
    }
}

/// Get BLN Balance
///
/// `GET /api/bln/balance`, started by [`LightningApi::get_bln_balance`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetBlnBalance<'a> {
    call: Call<'a>,
}

impl<'a> GetBlnBalance<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::BlnBalanceResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::BlnBalanceResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetBlnBalance<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetBlnBalance<'_> {
    type Output = crate::models::BlnBalanceResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/api/bln/balance",
        security: &[&["apiKey"], &["signature"]],
        idempotent: true,
    };

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Create BLN Order
///
/// `POST /api/bln/order`, started by [`LightningApi::create_bln_order`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateBlnOrder<'a> {
    call: Call<'a>,
    body: crate::models::BlnOrderRequest,
}

impl<'a> CreateBlnOrder<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::BlnOrderResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::BlnOrderResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateBlnOrder<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateBlnOrder<'_> {
    type Output = crate::models::BlnOrderResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/api/bln/order",
        security: &[&["apiKey"], &["signature"]],
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
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Create BLN Withdraw
///
/// `POST /api/bln/withdraw`, started by [`LightningApi::create_bln_withdraw`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateBlnWithdraw<'a> {
    call: Call<'a>,
    body: crate::models::BlnWithdrawRequest,
}

impl<'a> CreateBlnWithdraw<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::BlnWithdrawResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::BlnWithdrawResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateBlnWithdraw<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateBlnWithdraw<'_> {
    type Output = crate::models::BlnWithdrawResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/api/bln/withdraw",
        security: &[&["apiKey"], &["signature"]],
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
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}
