use crate::client::Client;

/// Withdrawal requests from wallets to bank accounts, accepted or declined by an accountant.
#[derive(Clone, Copy, Debug)]
pub struct BankWithdrawalsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> BankWithdrawalsApi<'a> {
    /// Calculate the commission of a bank withdrawal
    ///
    /// Computes what a withdrawal of the given amount from the given wallet would cost, without
    /// moving money. Only useful when commissions are configured. Body fields come from the
    /// SDK.finance knowledge base (the 2022 frontend sent the serial as `coin` instead).
    ///
    /// **Inferred:** Marked retry-safe because a calculation does not change any state.
    ///
    /// `POST /bank-withdrawals/calculate`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn calculate_bank_withdrawal(
        &self,
        body: crate::models::CommissionCalculateRequest,
    ) -> crate::client::Call<'a, CalculateBankWithdrawal> {
        crate::client::Call::new(self.client, CalculateBankWithdrawal { body })
    }

    /// Create a bank withdrawal request
    ///
    /// Asks for money to be paid out from a wallet to a bank account. The amount is held until
    /// the request is accepted or declined. Keep the returned `requestIdentifier`. Body fields
    /// come from the SDK.finance knowledge base.
    ///
    /// `POST /bank-withdrawals/with-bank`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_bank_withdrawal(
        &self,
        body: crate::models::BankOperationRequest,
    ) -> crate::client::Call<'a, CreateBankWithdrawal> {
        crate::client::Call::new(self.client, CreateBankWithdrawal { body })
    }

    /// Accept a bank withdrawal request
    ///
    /// Approves a pending withdrawal request so that the held amount is paid out. Meant for the accountant role. No request body.
    ///
    /// `POST /bank-withdrawals/{requestIdentifier}/accept`
    ///
    /// # Arguments
    /// - `request_identifier` (`requestIdentifier`): The numeric `requestIdentifier` returned when the request was created.
    pub fn accept_bank_withdrawal(
        &self,
        request_identifier: i64,
    ) -> crate::client::Call<'a, AcceptBankWithdrawal> {
        crate::client::Call::new(self.client, AcceptBankWithdrawal { request_identifier })
    }

    /// Decline a bank withdrawal request
    ///
    /// Rejects a pending withdrawal request and releases the held amount. Meant for the accountant role. No request body.
    ///
    /// `POST /bank-withdrawals/{requestIdentifier}/decline`
    ///
    /// # Arguments
    /// - `request_identifier` (`requestIdentifier`): The numeric `requestIdentifier` returned when the request was created.
    pub fn decline_bank_withdrawal(
        &self,
        request_identifier: i64,
    ) -> crate::client::Call<'a, DeclineBankWithdrawal> {
        crate::client::Call::new(self.client, DeclineBankWithdrawal { request_identifier })
    }
}

/// The parameters of `POST /bank-withdrawals/calculate`, set on the [`Call`](crate::client::Call) that [`calculate_bank_withdrawal`](BankWithdrawalsApi::calculate_bank_withdrawal) returns.
#[derive(Clone, Debug)]
pub struct CalculateBankWithdrawal {
    body: crate::models::CommissionCalculateRequest,
}

impl paygen_runtime::Operation for CalculateBankWithdrawal {
    type Output = crate::models::CommissionResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/bank-withdrawals/calculate",
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

/// The parameters of `POST /bank-withdrawals/with-bank`, set on the [`Call`](crate::client::Call) that [`create_bank_withdrawal`](BankWithdrawalsApi::create_bank_withdrawal) returns.
#[derive(Clone, Debug)]
pub struct CreateBankWithdrawal {
    body: crate::models::BankOperationRequest,
}

impl paygen_runtime::Operation for CreateBankWithdrawal {
    type Output = crate::models::BankOperationResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/bank-withdrawals/with-bank",
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

/// The parameters of `POST /bank-withdrawals/{requestIdentifier}/accept`, set on the [`Call`](crate::client::Call) that [`accept_bank_withdrawal`](BankWithdrawalsApi::accept_bank_withdrawal) returns.
#[derive(Clone, Debug)]
pub struct AcceptBankWithdrawal {
    request_identifier: i64,
}

impl paygen_runtime::Operation for AcceptBankWithdrawal {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/bank-withdrawals/{requestIdentifier}/accept",
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

/// The parameters of `POST /bank-withdrawals/{requestIdentifier}/decline`, set on the [`Call`](crate::client::Call) that [`decline_bank_withdrawal`](BankWithdrawalsApi::decline_bank_withdrawal) returns.
#[derive(Clone, Debug)]
pub struct DeclineBankWithdrawal {
    request_identifier: i64,
}

impl paygen_runtime::Operation for DeclineBankWithdrawal {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/bank-withdrawals/{requestIdentifier}/decline",
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
