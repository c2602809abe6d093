use crate::client::Client;

/// Crediting wallets from bank transfers, directly or through requests an accountant accepts or declines.
#[derive(Clone, Copy, Debug)]
pub struct BankTopUpsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> BankTopUpsApi<'a> {
    /// Calculate the commission of a bank top-up
    ///
    /// Computes what a top-up of the given amount to the given wallet would cost and credit,
    /// without moving money. Only useful when commissions are configured. Body fields come from
    /// the SDK.finance knowledge base.
    ///
    /// **Inferred:** Marked retry-safe because a calculation does not change any state.
    ///
    /// `POST /bank-top-ups/calculate`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn calculate_bank_top_up(
        &self,
        body: crate::models::CommissionCalculateRequest,
    ) -> crate::client::Call<'a, CalculateBankTopUp> {
        crate::client::Call::new(self.client, CalculateBankTopUp { body })
    }

    /// Create a bank top-up request
    ///
    /// Records a top-up from a bank transfer as a request that stays pending until it is
    /// accepted or declined (for example after an AML check). Keep the returned
    /// `requestIdentifier`. Body fields come from the SDK.finance knowledge base.
    ///
    /// `POST /bank-top-ups/create-request/with-bank`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_bank_top_up_request(
        &self,
        body: crate::models::BankTopUpRequestCreateRequest,
    ) -> crate::client::Call<'a, CreateBankTopUpRequest> {
        crate::client::Call::new(self.client, CreateBankTopUpRequest { body })
    }

    /// Top up a wallet from a bank transfer
    ///
    /// Credits a wallet with money received by bank transfer on the platform's transit account,
    /// identified by the wallet serial the customer quoted. Body fields come from the SDK.finance
    /// knowledge base.
    ///
    /// `POST /bank-top-ups/with-bank`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn top_up_with_bank(
        &self,
        body: crate::models::BankOperationRequest,
    ) -> crate::client::Call<'a, TopUpWithBank> {
        crate::client::Call::new(self.client, TopUpWithBank { body })
    }

    /// Accept a bank top-up request
    ///
    /// Approves a pending top-up request so that the wallet is credited. Meant for the accountant role. No request body.
    ///
    /// `POST /bank-top-ups/{requestIdentifier}/accept`
    ///
    /// # Arguments
    /// - `request_identifier` (`requestIdentifier`): The numeric `requestIdentifier` returned when the request was created.
    pub fn accept_bank_top_up(
        &self,
        request_identifier: i64,
    ) -> crate::client::Call<'a, AcceptBankTopUp> {
        crate::client::Call::new(self.client, AcceptBankTopUp { request_identifier })
    }

    /// Decline a bank top-up request
    ///
    /// Rejects a pending top-up request; the wallet is not credited. Meant for the accountant role. No request body.
    ///
    /// `POST /bank-top-ups/{requestIdentifier}/decline`
    ///
    /// # Arguments
    /// - `request_identifier` (`requestIdentifier`): The numeric `requestIdentifier` returned when the request was created.
    pub fn decline_bank_top_up(
        &self,
        request_identifier: i64,
    ) -> crate::client::Call<'a, DeclineBankTopUp> {
        crate::client::Call::new(self.client, DeclineBankTopUp { request_identifier })
    }
}

/// The parameters of `POST /bank-top-ups/calculate`, set on the [`Call`](crate::client::Call) that [`calculate_bank_top_up`](BankTopUpsApi::calculate_bank_top_up) returns.
#[derive(Clone, Debug)]
pub struct CalculateBankTopUp {
    body: crate::models::CommissionCalculateRequest,
}

impl paygen_runtime::Operation for CalculateBankTopUp {
    type Output = crate::models::CommissionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/bank-top-ups/calculate",
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

/// The parameters of `POST /bank-top-ups/create-request/with-bank`, set on the [`Call`](crate::client::Call) that [`create_bank_top_up_request`](BankTopUpsApi::create_bank_top_up_request) returns.
#[derive(Clone, Debug)]
pub struct CreateBankTopUpRequest {
    body: crate::models::BankTopUpRequestCreateRequest,
}

impl paygen_runtime::Operation for CreateBankTopUpRequest {
    type Output = crate::models::BankOperationResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/bank-top-ups/create-request/with-bank",
        security: &[&["tokenAuth"]],
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
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// The parameters of `POST /bank-top-ups/with-bank`, set on the [`Call`](crate::client::Call) that [`top_up_with_bank`](BankTopUpsApi::top_up_with_bank) returns.
#[derive(Clone, Debug)]
pub struct TopUpWithBank {
    body: crate::models::BankOperationRequest,
}

impl paygen_runtime::Operation for TopUpWithBank {
    type Output = crate::models::BankOperationResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/bank-top-ups/with-bank",
        security: &[&["tokenAuth"]],
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
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// The parameters of `POST /bank-top-ups/{requestIdentifier}/accept`, set on the [`Call`](crate::client::Call) that [`accept_bank_top_up`](BankTopUpsApi::accept_bank_top_up) returns.
#[derive(Clone, Debug)]
pub struct AcceptBankTopUp {
    request_identifier: i64,
}

impl paygen_runtime::Operation for AcceptBankTopUp {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/bank-top-ups/{requestIdentifier}/accept",
        security: &[&["tokenAuth"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("requestIdentifier", &self.request_identifier);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}

/// The parameters of `POST /bank-top-ups/{requestIdentifier}/decline`, set on the [`Call`](crate::client::Call) that [`decline_bank_top_up`](BankTopUpsApi::decline_bank_top_up) returns.
#[derive(Clone, Debug)]
pub struct DeclineBankTopUp {
    request_identifier: i64,
}

impl paygen_runtime::Operation for DeclineBankTopUp {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/bank-top-ups/{requestIdentifier}/decline",
        security: &[&["tokenAuth"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("requestIdentifier", &self.request_identifier);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}
