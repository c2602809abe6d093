use crate::client::Client;

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
    pub fn request_token(
        &self,
        body: crate::models::TokenRequest,
    ) -> crate::client::Call<'a, RequestToken> {
        crate::client::Call::new(self.client, RequestToken { body })
    }
}

/// The parameters of `POST /oauth2/token`, set on the [`Call`](crate::client::Call) that [`request_token`](AuthApi::request_token) returns.
#[derive(Clone, Debug)]
pub struct RequestToken {
    body: crate::models::TokenRequest,
}

impl paygen_runtime::Operation for RequestToken {
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
