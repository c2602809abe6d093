use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// Credential check for the access token.
#[derive(Clone, Copy, Debug)]
pub struct PingApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> PingApi<'a> {
    /// Check the access token
    ///
    /// Checks the supplied access token and reports the merchant and client it belongs to.
    ///
    /// `GET /pay-int-api/ping`
    pub fn ping(&self) -> Ping<'a> {
        Ping {
            call: Call::new(self.client),
            x_api_version: self.client.defaults.x_api_version.clone(),
        }
    }
}

/// Check the access token
///
/// `GET /pay-int-api/ping`, started by [`PingApi::ping`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct Ping<'a> {
    call: Call<'a>,
    x_api_version: Option<String>,
}

impl<'a> Ping<'a> {
    /// Header parameter `x-api-version`: Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_api_version`](crate::ClientBuilder::x_api_version).
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.x_api_version = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::PingResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::PingResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for Ping<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for Ping<'_> {
    type Output = crate::models::PingResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-int-api/ping",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}
