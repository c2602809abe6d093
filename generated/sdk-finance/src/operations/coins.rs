use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// The caller's wallets ("coins") and validation of wallet serials.
#[derive(Clone, Copy, Debug)]
pub struct CoinsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> CoinsApi<'a> {
    /// List the caller's wallets
    ///
    /// Returns the wallets ("coins") of the authenticated user; the `serial` of a wallet is the `coinSerial` other operations expect.
    ///
    /// `GET /coins`
    pub fn list_coins(&self) -> ListCoins<'a> {
        ListCoins {
            call: Call::new(self.client),
        }
    }

    /// Validate a wallet serial
    ///
    /// Checks that a wallet serial exists and returns its owner and currency, for example before crediting it from a bank transfer.
    ///
    /// **Inferred:** Marked retry-safe because a validation does not change any state.
    ///
    /// `POST /coins/validate`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn validate_coin(
        &self,
        body: impl Into<crate::models::CoinValidateRequest>,
    ) -> ValidateCoin<'a> {
        ValidateCoin {
            call: Call::new(self.client),
            body: body.into(),
        }
    }
}

/// List the caller's wallets
///
/// `GET /coins`, started by [`CoinsApi::list_coins`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCoins<'a> {
    call: Call<'a>,
}

impl<'a> ListCoins<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::CoinListResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::CoinListResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for ListCoins<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListCoins<'_> {
    type Output = crate::models::CoinListResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/coins",
        security: &[&["tokenAuth"]],
        idempotent: true,
    };

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Validate a wallet serial
///
/// `POST /coins/validate`, started by [`CoinsApi::validate_coin`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ValidateCoin<'a> {
    call: Call<'a>,
    body: crate::models::CoinValidateRequest,
}

impl<'a> ValidateCoin<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::CoinValidateResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::CoinValidateResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for ValidateCoin<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ValidateCoin<'_> {
    type Output = crate::models::CoinValidateResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/coins/validate",
        security: &[&["tokenAuth"]],
        idempotent: true,
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
