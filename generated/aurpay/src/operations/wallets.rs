use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

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
            call: Call::new(self.client),
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
            call: Call::new(self.client),
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
    pub fn withdraw_balance(
        &self,
        body: impl Into<crate::models::WithdrawalRequest>,
    ) -> WithdrawBalance<'a> {
        WithdrawBalance {
            call: Call::new(self.client),
            body: body.into(),
        }
    }
}

/// Get Wallets List
///
/// `GET /api/v2/wallet`, started by [`WalletsApi::list_wallets`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListWallets<'a> {
    call: Call<'a>,
}

impl<'a> ListWallets<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::WalletListResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::WalletListResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for ListWallets<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListWallets<'_> {
    type Output = crate::models::WalletListResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/api/v2/wallet",
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

/// Get Self Custody Wallets
///
/// `GET /api/v2/wallet/self-custody`, started by [`WalletsApi::list_self_custody_wallets`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListSelfCustodyWallets<'a> {
    call: Call<'a>,
}

impl<'a> ListSelfCustodyWallets<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::SelfCustodyWalletListResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::SelfCustodyWalletListResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for ListSelfCustodyWallets<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListSelfCustodyWallets<'_> {
    type Output = crate::models::SelfCustodyWalletListResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/api/v2/wallet/self-custody",
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

/// Withdraw Balance
///
/// `POST /api/v2/wallet/withdraw`, started by [`WalletsApi::withdraw_balance`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct WithdrawBalance<'a> {
    call: Call<'a>,
    body: crate::models::WithdrawalRequest,
}

impl<'a> WithdrawBalance<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::WithdrawalResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::WithdrawalResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for WithdrawBalance<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for WithdrawBalance<'_> {
    type Output = crate::models::WithdrawalResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/api/v2/wallet/withdraw",
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
