use crate::client::Client;

/// Per-customer authentication for app and web clients: methods and tokens.
#[derive(Clone, Copy, Debug)]
pub struct AuthApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> AuthApi<'a> {
    /// Register a customer authentication method
    ///
    /// Sets up how an end customer of an app or web client proves who they are: an SR25519 or RSA key pair (answered with a nonce to sign), SMS (codes sent to a phone number) or TOTP (answered with a QR code for an authenticator app). Authenticated with the client id and secret; fails if the customer already has a method.
    ///
    /// `POST /auth/methods`
    ///
    /// # Arguments
    /// - `x_customer_id` (`X-CustomerID`): Your identifier of the end customer the call is about.
    /// - `body`: the request body (application/json)
    pub fn create_auth_method(
        &self,
        x_customer_id: impl Into<String>,
        body: crate::models::AuthMethodRequest,
    ) -> crate::client::Call<'a, CreateAuthMethod> {
        crate::client::Call::new(
            self.client,
            CreateAuthMethod {
                x_customer_id: x_customer_id.into(),
                body,
                x_country: None,
            },
        )
    }

    /// Replace a customer authentication method
    ///
    /// Changes the authentication method of the customer who owns the bearer token, with the same request shapes as registration. The document only says "Bearer token" here; per the research notes it is the customer's token from `createAuthToken`, not a server token.
    ///
    /// `PATCH /auth/methods/{id}`
    ///
    /// # Arguments
    /// - `id` (`id`): Identifier of the authentication method.
    /// - `body`: the request body (application/json)
    pub fn update_auth_method(
        &self,
        id: impl Into<String>,
        body: crate::models::AuthMethodRequest,
    ) -> crate::client::Call<'a, UpdateAuthMethod> {
        crate::client::Call::new(
            self.client,
            UpdateAuthMethod {
                id: id.into(),
                body,
                x_country: None,
            },
        )
    }

    /// Run a step of the customer token flow
    ///
    /// Obtains a bearer token for one end customer (app and web clients), authenticated with the client id and secret plus `X-CustomerID`. Key pairs: `GENERATE_NONCE`, then `VALIDATE_VERIFICATION` with `signed_nonce`. SMS: `SEND_VERIFICATION`, then `VALIDATE_VERIFICATION` with `code`. TOTP: `VALIDATE_VERIFICATION` with `code` at once. `REFRESH` renews a token before it expires. The document's curl examples post these bodies to `/tokens`, but its endpoint heading and the research notes (production clients) use `/auth/tokens`.
    ///
    /// `POST /auth/tokens`
    ///
    /// # Arguments
    /// - `x_customer_id` (`X-CustomerID`): Your identifier of the end customer the call is about.
    /// - `body`: the request body (application/json)
    pub fn create_auth_token(
        &self,
        x_customer_id: impl Into<String>,
        body: crate::models::AuthTokenRequest,
    ) -> crate::client::Call<'a, CreateAuthToken> {
        crate::client::Call::new(
            self.client,
            CreateAuthToken {
                x_customer_id: x_customer_id.into(),
                body,
                x_country: None,
            },
        )
    }
}

/// The parameters of `POST /auth/methods`, set on the [`Call`](crate::client::Call) that [`create_auth_method`](AuthApi::create_auth_method) returns.
#[derive(Clone, Debug)]
pub struct CreateAuthMethod {
    x_country: Option<String>,
    x_customer_id: String,
    body: crate::models::AuthMethodRequest,
}

impl crate::client::Call<'_, CreateAuthMethod> {
    /// ISO 3166-1 alpha-2 country code giving the context of the request; US when absent.
    ///
    /// Sent as the header parameter `X-Country`.
    pub fn x_country(mut self, value: impl Into<String>) -> Self {
        self.op.x_country = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for CreateAuthMethod {
    type Output = crate::models::AuthMethodDocument;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/auth/methods",
        security: &[&["basicAuth"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.x_country {
            request.header("X-Country", value);
        }
        request.header("X-CustomerID", &self.x_customer_id);
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

/// The parameters of `PATCH /auth/methods/{id}`, set on the [`Call`](crate::client::Call) that [`update_auth_method`](AuthApi::update_auth_method) returns.
#[derive(Clone, Debug)]
pub struct UpdateAuthMethod {
    id: String,
    x_country: Option<String>,
    body: crate::models::AuthMethodRequest,
}

impl crate::client::Call<'_, UpdateAuthMethod> {
    /// ISO 3166-1 alpha-2 country code giving the context of the request; US when absent.
    ///
    /// Sent as the header parameter `X-Country`.
    pub fn x_country(mut self, value: impl Into<String>) -> Self {
        self.op.x_country = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for UpdateAuthMethod {
    type Output = crate::models::AuthMethodDocument;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PATCH,
        path: "/auth/methods/{id}",
        security: &[&["bearerAuth"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("id", &self.id);
        if let Some(value) = &self.x_country {
            request.header("X-Country", value);
        }
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

/// The parameters of `POST /auth/tokens`, set on the [`Call`](crate::client::Call) that [`create_auth_token`](AuthApi::create_auth_token) returns.
#[derive(Clone, Debug)]
pub struct CreateAuthToken {
    x_country: Option<String>,
    x_customer_id: String,
    body: crate::models::AuthTokenRequest,
}

impl crate::client::Call<'_, CreateAuthToken> {
    /// ISO 3166-1 alpha-2 country code giving the context of the request; US when absent.
    ///
    /// Sent as the header parameter `X-Country`.
    pub fn x_country(mut self, value: impl Into<String>) -> Self {
        self.op.x_country = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for CreateAuthToken {
    type Output = crate::models::AuthTokenDocument;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/auth/tokens",
        security: &[&["basicAuth"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.x_country {
            request.header("X-Country", value);
        }
        request.header("X-CustomerID", &self.x_customer_id);
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
