use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// The operation tagged `things`: `create_thing`.
#[derive(Clone, Copy, Debug)]
pub struct ThingsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> ThingsApi<'a> {
    /// Create a thing from a JSON:API envelope
    ///
    /// `POST /things`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_thing(&self, body: impl Into<crate::models::ThingRequest>) -> CreateThing<'a> {
        CreateThing {
            call: Call::new(self.client),
            body: body.into(),
        }
    }
}

/// Create a thing from a JSON:API envelope
///
/// `POST /things`, started by [`ThingsApi::create_thing`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateThing<'a> {
    call: Call<'a>,
    body: crate::models::ThingRequest,
}

impl<'a> CreateThing<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<(), crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<()>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateThing<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateThing<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/things",
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
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}
