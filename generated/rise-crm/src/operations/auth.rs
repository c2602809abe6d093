use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// OAuth2 access and refresh tokens.
#[derive(Clone, Copy, Debug)]
pub struct AuthApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> AuthApi<'a> {
    /// Obtain or refresh an access token
    ///
    /// Issues an access token. With `grant_type=password` the partner's username,
    /// password, client id and client secret are exchanged for an access token and, with
    /// scope `offline_access`, a refresh token. With `grant_type=refresh_token` a refresh
    /// token is exchanged for a new access token and a new refresh token. All values are
    /// sent URL-encoded in the form body.
    ///
    /// `POST /oauth2/token`
    ///
    /// # Arguments
    /// - `body`: the request body (application/x-www-form-urlencoded)
    pub fn request_token(&self, body: impl Into<crate::models::TokenRequest>) -> RequestToken<'a> {
        RequestToken {
            call: Call::new(self.client),
            body: body.into(),
        }
    }
}

/// Obtain or refresh an access token
///
/// `POST /oauth2/token`, started by [`AuthApi::request_token`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct RequestToken<'a> {
    call: Call<'a>,
    body: crate::models::TokenRequest,
}

impl<'a> RequestToken<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::TokenResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::TokenResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for RequestToken<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for RequestToken<'_> {
    type Output = crate::models::TokenResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/oauth2/token",
        security: &[],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.body = paygen_runtime::form_body(&self.body)?;
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
