use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// Server bearer tokens obtained with the client id and secret.
#[derive(Clone, Copy, Debug)]
pub struct TokensApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> TokensApi<'a> {
    /// Create a server bearer token
    ///
    /// Exchanges the client id and secret (HTTP Basic) for a short-lived bearer token used by every other server-side call. Request a fresh token before `expires_at`; tokens overlap, so the old one keeps working until it expires.
    ///
    /// `POST /tokens`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_token(
        &self,
        body: impl Into<crate::models::TokenCreateRequest>,
    ) -> CreateToken<'a> {
        CreateToken {
            call: Call::new(self.client),
            body: body.into(),
        }
    }
}

/// Create a server bearer token
///
/// `POST /tokens`, started by [`TokensApi::create_token`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateToken<'a> {
    call: Call<'a>,
    body: crate::models::TokenCreateRequest,
}

impl<'a> CreateToken<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::TokenDocument, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::TokenDocument>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateToken<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateToken<'_> {
    type Output = crate::models::TokenDocument;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/tokens",
        security: &[&["basicAuth"]],
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
