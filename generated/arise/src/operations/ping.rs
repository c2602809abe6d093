use crate::client::Client;

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
    pub fn ping(&self) -> crate::client::Call<'a, Ping> {
        crate::client::Call::new(
            self.client,
            Ping {
                x_api_version: None,
            },
        )
    }
}

/// The parameters of `GET /pay-int-api/ping`, set on the [`Call`](crate::client::Call) that [`ping`](PingApi::ping) returns.
#[derive(Clone, Debug)]
pub struct Ping {
    x_api_version: Option<String>,
}

impl crate::client::Call<'_, Ping> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for Ping {
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
