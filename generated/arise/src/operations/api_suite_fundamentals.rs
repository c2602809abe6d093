use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// Access-token issuance (OAuth 2.0 client credentials) on the separate OAuth host.
#[derive(Clone, Copy, Debug)]
pub struct ApiSuiteFundamentalsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> ApiSuiteFundamentalsApi<'a> {
    /// Get an access token
    ///
    /// Exchanges an API key (client id and secret) for an access token with the OAuth 2.0 client-credentials grant. Runs on the separate OAuth host of each environment; sandbox and production tokens are not interchangeable.
    ///
    /// `POST /oauth2/token`
    ///
    /// # Arguments
    /// - `body`: the request body (application/x-www-form-urlencoded)
    pub fn get_access_token(
        &self,
        body: impl Into<crate::models::TokenRequest>,
    ) -> GetAccessToken<'a> {
        GetAccessToken {
            call: Call::new(self.client),
            body: body.into(),
        }
    }
}

/// Get an access token
///
/// `POST /oauth2/token`, started by [`ApiSuiteFundamentalsApi::get_access_token`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetAccessToken<'a> {
    call: Call<'a>,
    body: crate::models::TokenRequest,
}

impl<'a> GetAccessToken<'a> {
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

impl paygen_runtime::CallOptions for GetAccessToken<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetAccessToken<'_> {
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
