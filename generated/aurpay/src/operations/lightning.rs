use crate::client::Client;

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
    pub fn get_bln_balance(&self) -> crate::client::Call<'a, GetBlnBalance> {
        crate::client::Call::new(self.client, GetBlnBalance {})
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
        body: crate::models::BlnOrderRequest,
    ) -> crate::client::Call<'a, CreateBlnOrder> {
        crate::client::Call::new(self.client, CreateBlnOrder { body })
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
    ) -> crate::client::Call<'a, CreateBlnWithdraw> {
        crate::client::Call::new(self.client, CreateBlnWithdraw { body })
    }
}

/// The parameters of `GET /api/bln/balance`, set on the [`Call`](crate::client::Call) that [`get_bln_balance`](LightningApi::get_bln_balance) returns.
#[derive(Clone, Debug)]
pub struct GetBlnBalance {}

impl paygen_runtime::Operation for GetBlnBalance {
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

/// The parameters of `POST /api/bln/order`, set on the [`Call`](crate::client::Call) that [`create_bln_order`](LightningApi::create_bln_order) returns.
#[derive(Clone, Debug)]
pub struct CreateBlnOrder {
    body: crate::models::BlnOrderRequest,
}

impl paygen_runtime::Operation for CreateBlnOrder {
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

/// The parameters of `POST /api/bln/withdraw`, set on the [`Call`](crate::client::Call) that [`create_bln_withdraw`](LightningApi::create_bln_withdraw) returns.
#[derive(Clone, Debug)]
pub struct CreateBlnWithdraw {
    body: crate::models::BlnWithdrawRequest,
}

impl paygen_runtime::Operation for CreateBlnWithdraw {
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
