use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

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
        body: impl Into<crate::models::AuthMethodRequest>,
    ) -> CreateAuthMethod<'a> {
        CreateAuthMethod {
            call: Call::new(self.client),
            x_country: self.client.defaults.x_country.clone(),
            x_customer_id: x_customer_id.into(),
            body: body.into(),
        }
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
        body: impl Into<crate::models::AuthMethodRequest>,
    ) -> UpdateAuthMethod<'a> {
        UpdateAuthMethod {
            call: Call::new(self.client),
            id: id.into(),
            x_country: self.client.defaults.x_country.clone(),
            body: body.into(),
        }
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
        body: impl Into<crate::models::AuthTokenRequest>,
    ) -> CreateAuthToken<'a> {
        CreateAuthToken {
            call: Call::new(self.client),
            x_country: self.client.defaults.x_country.clone(),
            x_customer_id: x_customer_id.into(),
            body: body.into(),
        }
    }
}

/// Register a customer authentication method
///
/// `POST /auth/methods`, started by [`AuthApi::create_auth_method`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateAuthMethod<'a> {
    call: Call<'a>,
    x_country: Option<String>,
    x_customer_id: String,
    body: crate::models::AuthMethodRequest,
}

impl<'a> CreateAuthMethod<'a> {
    /// Header parameter `X-Country`: ISO 3166-1 alpha-2 country code giving the context of the request; US when absent.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_country`](crate::ClientBuilder::x_country).
    pub fn x_country(mut self, value: impl Into<String>) -> Self {
        self.x_country = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::AuthMethodDocument, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::AuthMethodDocument>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateAuthMethod<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateAuthMethod<'_> {
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

/// Replace a customer authentication method
///
/// `PATCH /auth/methods/{id}`, started by [`AuthApi::update_auth_method`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateAuthMethod<'a> {
    call: Call<'a>,
    id: String,
    x_country: Option<String>,
    body: crate::models::AuthMethodRequest,
}

impl<'a> UpdateAuthMethod<'a> {
    /// Header parameter `X-Country`: ISO 3166-1 alpha-2 country code giving the context of the request; US when absent.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_country`](crate::ClientBuilder::x_country).
    pub fn x_country(mut self, value: impl Into<String>) -> Self {
        self.x_country = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::AuthMethodDocument, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::AuthMethodDocument>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for UpdateAuthMethod<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for UpdateAuthMethod<'_> {
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

/// Run a step of the customer token flow
///
/// `POST /auth/tokens`, started by [`AuthApi::create_auth_token`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateAuthToken<'a> {
    call: Call<'a>,
    x_country: Option<String>,
    x_customer_id: String,
    body: crate::models::AuthTokenRequest,
}

impl<'a> CreateAuthToken<'a> {
    /// Header parameter `X-Country`: ISO 3166-1 alpha-2 country code giving the context of the request; US when absent.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_country`](crate::ClientBuilder::x_country).
    pub fn x_country(mut self, value: impl Into<String>) -> Self {
        self.x_country = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::AuthTokenDocument, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::AuthTokenDocument>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateAuthToken<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateAuthToken<'_> {
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
        request.sensitive_values_of(&self.body);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}
