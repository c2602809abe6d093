use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// Currencies and the issuers that put them in circulation (administrator).
#[derive(Clone, Copy, Debug)]
pub struct CurrenciesApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> CurrenciesApi<'a> {
    /// Create a currency
    ///
    /// Defines a new currency, real or any other unit the platform should count. Requires the
    /// administrator role. Body fields come from the SDK.finance knowledge base; `snPrefix`,
    /// `active` and `fraction` belong to the 2024 generation.
    ///
    /// `POST /currencies`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_currency(
        &self,
        body: impl Into<crate::models::CurrencyCreateRequest>,
    ) -> CreateCurrency<'a> {
        CreateCurrency {
            call: Call::new(self.client),
            body: body.into(),
        }
    }

    /// Create an issuer for a currency
    ///
    /// Creates an issuer that puts an existing currency in circulation; several issuers may
    /// exist for one currency. Requires the administrator role. Keep the returned `id`: later
    /// operations name the currency through it. Exists in the 2022-2023 generation only. Body
    /// fields come from the SDK.finance knowledge base.
    ///
    /// `POST /issuers`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_issuer(
        &self,
        body: impl Into<crate::models::IssuerCreateRequest>,
    ) -> CreateIssuer<'a> {
        CreateIssuer {
            call: Call::new(self.client),
            body: body.into(),
        }
    }
}

/// Create a currency
///
/// `POST /currencies`, started by [`CurrenciesApi::create_currency`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateCurrency<'a> {
    call: Call<'a>,
    body: crate::models::CurrencyCreateRequest,
}

impl<'a> CreateCurrency<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<crate::models::Currency, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::Currency>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateCurrency<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateCurrency<'_> {
    type Output = crate::models::Currency;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/currencies",
        security: &[&["tokenAuth"]],
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

/// Create an issuer for a currency
///
/// `POST /issuers`, started by [`CurrenciesApi::create_issuer`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateIssuer<'a> {
    call: Call<'a>,
    body: crate::models::IssuerCreateRequest,
}

impl<'a> CreateIssuer<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<crate::models::Issuer, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::Issuer>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateIssuer<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateIssuer<'_> {
    type Output = crate::models::Issuer;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/issuers",
        security: &[&["tokenAuth"]],
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
