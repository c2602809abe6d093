use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// Exchange dashboard credentials for an API key.
#[derive(Clone, Copy, Debug)]
pub struct AuthApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> AuthApi<'a> {
    /// Get API-Key
    ///
    /// Trades the merchant's dashboard login (e-mail and password) for an API key. The key
    /// is returned in `data.access_token` and is then sent in the `API-Key` header of
    /// every other call.
    ///
    /// `POST /api/plugin/key/aurpay`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn get_api_key(&self, body: impl Into<crate::models::ApiKeyRequest>) -> GetApiKey<'a> {
        GetApiKey {
            call: Call::new(self.client),
            body: body.into(),
        }
    }
}

/// Get API-Key
///
/// `POST /api/plugin/key/aurpay`, started by [`AuthApi::get_api_key`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetApiKey<'a> {
    call: Call<'a>,
    body: crate::models::ApiKeyRequest,
}

impl<'a> GetApiKey<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::ApiKeyResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::ApiKeyResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetApiKey<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetApiKey<'_> {
    type Output = crate::models::ApiKeyResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/api/plugin/key/aurpay",
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
        if raw.status.is_success() {
            paygen_runtime::check_envelope(&raw, "/code", &[serde_json::Value::from(0i64)])?;
        }
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}
