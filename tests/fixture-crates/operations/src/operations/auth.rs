use crate::client::Client;

/// Operations tagged `auth`.
#[derive(Clone, Copy, Debug)]
pub struct AuthApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> AuthApi<'a> {
    /// POST /token
    ///
    /// `POST /token`
    ///
    /// # Arguments
    /// - `body`: the request body (application/x-www-form-urlencoded)
    pub fn token(&self, body: crate::models::TokenRequest) -> crate::client::Call<'a, Token> {
        crate::client::Call::new(self.client, Token { body })
    }
}

/// The parameters of `POST /token`, set on the [`Call`](crate::client::Call) that [`token`](AuthApi::token) returns.
#[derive(Clone, Debug)]
pub struct Token {
    body: crate::models::TokenRequest,
}

impl paygen_runtime::Operation for Token {
    type Output = crate::models::TokenResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/token",
        security: &[],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.header("Accept", "text/plain");
        request.body = paygen_runtime::form_body(&self.body)?;
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        let body = match raw.status.as_u16() {
            200 => crate::models::TokenResponse::Ok(paygen_runtime::decode_text(&raw)?),
            204 => crate::models::TokenResponse::NoContent,
            _ => return Err(paygen_runtime::api_error(raw)),
        };
        Ok(paygen_runtime::Response::from_raw(raw, body))
    }
}
