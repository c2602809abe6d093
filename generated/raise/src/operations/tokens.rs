use crate::client::Client;

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
        body: crate::models::TokenCreateRequest,
    ) -> crate::client::Call<'a, CreateToken> {
        crate::client::Call::new(self.client, CreateToken { body })
    }
}

/// The parameters of `POST /tokens`, set on the [`Call`](crate::client::Call) that [`create_token`](TokensApi::create_token) returns.
#[derive(Clone, Debug)]
pub struct CreateToken {
    body: crate::models::TokenCreateRequest,
}

impl paygen_runtime::Operation for CreateToken {
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
