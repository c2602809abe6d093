use crate::client::Client;

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
        body: crate::models::CurrencyCreateRequest,
    ) -> crate::client::Call<'a, CreateCurrency> {
        crate::client::Call::new(self.client, CreateCurrency { body })
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
        body: crate::models::IssuerCreateRequest,
    ) -> crate::client::Call<'a, CreateIssuer> {
        crate::client::Call::new(self.client, CreateIssuer { body })
    }
}

/// The parameters of `POST /currencies`, set on the [`Call`](crate::client::Call) that [`create_currency`](CurrenciesApi::create_currency) returns.
#[derive(Clone, Debug)]
pub struct CreateCurrency {
    body: crate::models::CurrencyCreateRequest,
}

impl paygen_runtime::Operation for CreateCurrency {
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

/// The parameters of `POST /issuers`, set on the [`Call`](crate::client::Call) that [`create_issuer`](CurrenciesApi::create_issuer) returns.
#[derive(Clone, Debug)]
pub struct CreateIssuer {
    body: crate::models::IssuerCreateRequest,
}

impl paygen_runtime::Operation for CreateIssuer {
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
