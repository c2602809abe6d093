use crate::client::Client;

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
    pub fn list_wallets(&self) -> crate::client::Call<'a, ListWallets> {
        crate::client::Call::new(self.client, ListWallets {})
    }

    /// Get Self Custody Wallets
    ///
    /// Lists the self-custody (merchant-controlled) wallet addresses configured for settlement.
    ///
    /// **Inferred:** Method and path were not retrieved; GET /api/v2/wallet/self-custody is named after the docs entry under the assumed /api/v2/wallet prefix.
    ///
    /// `GET /api/v2/wallet/self-custody`
    pub fn list_self_custody_wallets(&self) -> crate::client::Call<'a, ListSelfCustodyWallets> {
        crate::client::Call::new(self.client, ListSelfCustodyWallets {})
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
        body: crate::models::WithdrawalRequest,
    ) -> crate::client::Call<'a, WithdrawBalance> {
        crate::client::Call::new(self.client, WithdrawBalance { body })
    }
}

/// The parameters of `GET /api/v2/wallet`, set on the [`Call`](crate::client::Call) that [`list_wallets`](WalletsApi::list_wallets) returns.
#[derive(Clone, Debug)]
pub struct ListWallets {}

impl paygen_runtime::Operation for ListWallets {
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

/// The parameters of `GET /api/v2/wallet/self-custody`, set on the [`Call`](crate::client::Call) that [`list_self_custody_wallets`](WalletsApi::list_self_custody_wallets) returns.
#[derive(Clone, Debug)]
pub struct ListSelfCustodyWallets {}

impl paygen_runtime::Operation for ListSelfCustodyWallets {
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

/// The parameters of `POST /api/v2/wallet/withdraw`, set on the [`Call`](crate::client::Call) that [`withdraw_balance`](WalletsApi::withdraw_balance) returns.
#[derive(Clone, Debug)]
pub struct WithdrawBalance {
    body: crate::models::WithdrawalRequest,
}

impl paygen_runtime::Operation for WithdrawBalance {
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
