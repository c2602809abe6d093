use crate::client::Client;

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
        body: crate::models::TokenRequest,
    ) -> crate::client::Call<'a, GetAccessToken> {
        crate::client::Call::new(self.client, GetAccessToken { body })
    }
}

/// The parameters of `POST /oauth2/token`, set on the [`Call`](crate::client::Call) that [`get_access_token`](ApiSuiteFundamentalsApi::get_access_token) returns.
#[derive(Clone, Debug)]
pub struct GetAccessToken {
    body: crate::models::TokenRequest,
}

impl paygen_runtime::Operation for GetAccessToken {
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
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}
