use crate::client::Client;

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
    pub fn list_coins(&self) -> crate::client::Call<'a, ListCoins> {
        crate::client::Call::new(self.client, ListCoins {})
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
        body: crate::models::CoinValidateRequest,
    ) -> crate::client::Call<'a, ValidateCoin> {
        crate::client::Call::new(self.client, ValidateCoin { body })
    }
}

/// The parameters of `GET /coins`, set on the [`Call`](crate::client::Call) that [`list_coins`](CoinsApi::list_coins) returns.
#[derive(Clone, Debug)]
pub struct ListCoins {}

impl paygen_runtime::Operation for ListCoins {
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

/// The parameters of `POST /coins/validate`, set on the [`Call`](crate::client::Call) that [`validate_coin`](CoinsApi::validate_coin) returns.
#[derive(Clone, Debug)]
pub struct ValidateCoin {
    body: crate::models::CoinValidateRequest,
}

impl paygen_runtime::Operation for ValidateCoin {
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
