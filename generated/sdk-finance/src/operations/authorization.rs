use crate::client::Client;

/// Obtaining a session token with login and password, including the one-time-password step.
#[derive(Clone, Copy, Debug)]
pub struct AuthorizationApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> AuthorizationApi<'a> {
    /// Log in and obtain a token
    ///
    /// Exchanges a login (e-mail, or phone number without the leading `+`) and a password for
    /// session tokens, one per membership of the user. The official frontend lower-cases the
    /// login before sending it. To refresh a token, call this operation again; there is no
    /// refresh endpoint. When two-factor authentication is enabled the response has
    /// `action: OTP_SENT` and no members; finish with `confirmAuthorization`.
    ///
    /// `POST /authorization`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn authorize(
        &self,
        body: crate::models::LoginRequest,
    ) -> crate::client::Call<'a, Authorize> {
        crate::client::Call::new(self.client, Authorize { body })
    }

    /// Confirm a login with a one-time password
    ///
    /// Second step of a login when `authorize` answered `action: OTP_SENT`: sends the login and
    /// the one-time password that was delivered to it, and receives the same payload as a
    /// successful login, including the per-membership tokens. Not named in the seed; path and
    /// body come from the official frontend.
    ///
    /// `POST /authorization/confirm`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn confirm_authorization(
        &self,
        body: crate::models::AuthorizationConfirmRequest,
    ) -> crate::client::Call<'a, ConfirmAuthorization> {
        crate::client::Call::new(self.client, ConfirmAuthorization { body })
    }
}

/// The parameters of `POST /authorization`, set on the [`Call`](crate::client::Call) that [`authorize`](AuthorizationApi::authorize) returns.
#[derive(Clone, Debug)]
pub struct Authorize {
    body: crate::models::LoginRequest,
}

impl paygen_runtime::Operation for Authorize {
    type Output = crate::models::AuthorizationResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/authorization",
        security: &[],
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

/// The parameters of `POST /authorization/confirm`, set on the [`Call`](crate::client::Call) that [`confirm_authorization`](AuthorizationApi::confirm_authorization) returns.
#[derive(Clone, Debug)]
pub struct ConfirmAuthorization {
    body: crate::models::AuthorizationConfirmRequest,
}

impl paygen_runtime::Operation for ConfirmAuthorization {
    type Output = crate::models::AuthorizationResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/authorization/confirm",
        security: &[],
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
