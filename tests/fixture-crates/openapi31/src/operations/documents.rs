use crate::client::Client;
/// Operations tagged `documents`.
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
    pub fn upload_document(
        &self,
        body: paygen_runtime::Bytes,
    ) -> crate::client::Call<'a, UploadDocument> {
        crate::client::Call::new(self.client, UploadDocument { body })
    }
}
/// The parameters of `PUT /documents`, set on the [`Call`](crate::client::Call) that [`upload_document`](DocumentsApi::upload_document) returns.
#[derive(Clone, Debug)]
pub struct UploadDocument {
    body: paygen_runtime::Bytes,
}
impl paygen_runtime::Operation for UploadDocument {
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
