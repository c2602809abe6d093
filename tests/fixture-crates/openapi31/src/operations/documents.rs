use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// The operation tagged `documents`: `upload_document`.
#[derive(Clone, Copy, Debug)]
pub struct DocumentsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> DocumentsApi<'a> {
    /// PUT /documents
    ///
    /// `PUT /documents`
    ///
    /// # Arguments
    /// - `body`: the request body (application/octet-stream)
    pub fn upload_document(&self, body: impl Into<paygen_runtime::Bytes>) -> UploadDocument<'a> {
        UploadDocument {
            call: Call::new(self.client),
            body: body.into(),
        }
    }
}

/// PUT /documents
///
/// `PUT /documents`, started by [`DocumentsApi::upload_document`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UploadDocument<'a> {
    call: Call<'a>,
    body: paygen_runtime::Bytes,
}

impl<'a> UploadDocument<'a> {
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

impl paygen_runtime::CallOptions for UploadDocument<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for UploadDocument<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PUT,
        path: "/documents",
        security: &[],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.body = paygen_runtime::RequestBody::bytes("application/octet-stream", &self.body);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}
