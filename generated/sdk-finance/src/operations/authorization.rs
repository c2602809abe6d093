use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

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
    pub fn authorize(&self, body: impl Into<crate::models::LoginRequest>) -> Authorize<'a> {
        Authorize {
            call: Call::new(self.client),
            body: body.into(),
        }
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
        body: impl Into<crate::models::AuthorizationConfirmRequest>,
    ) -> ConfirmAuthorization<'a> {
        ConfirmAuthorization {
            call: Call::new(self.client),
            body: body.into(),
        }
    }
}

/// Log in and obtain a token
///
/// `POST /authorization`, started by [`AuthorizationApi::authorize`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct Authorize<'a> {
    call: Call<'a>,
    body: crate::models::LoginRequest,
}

impl<'a> Authorize<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::AuthorizationResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::AuthorizationResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for Authorize<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for Authorize<'_> {
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
        request.sensitive_values_of(&self.body);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Confirm a login with a one-time password
///
/// `POST /authorization/confirm`, started by [`AuthorizationApi::confirm_authorization`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ConfirmAuthorization<'a> {
    call: Call<'a>,
    body: crate::models::AuthorizationConfirmRequest,
}

impl<'a> ConfirmAuthorization<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::AuthorizationResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::AuthorizationResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for ConfirmAuthorization<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ConfirmAuthorization<'_> {
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
        request.sensitive_values_of(&self.body);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}
