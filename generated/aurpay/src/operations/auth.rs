use crate::client::Client;

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
    pub fn get_api_key(
        &self,
        body: crate::models::ApiKeyRequest,
    ) -> crate::client::Call<'a, GetApiKey> {
        crate::client::Call::new(self.client, GetApiKey { body })
    }
}

/// The parameters of `POST /api/plugin/key/aurpay`, set on the [`Call`](crate::client::Call) that [`get_api_key`](AuthApi::get_api_key) returns.
#[derive(Clone, Debug)]
pub struct GetApiKey {
    body: crate::models::ApiKeyRequest,
}

impl paygen_runtime::Operation for GetApiKey {
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
