use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// The catalog of banks used by bank top-ups and withdrawals (administrator).
#[derive(Clone, Copy, Debug)]
pub struct BankCatalogApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> BankCatalogApi<'a> {
    /// List the banks in the catalog
    ///
    /// Returns every bank registered in the catalog, with the identifier that top-ups and withdrawals refer to.
    ///
    /// `GET /bank-catalog`
    pub fn list_banks(&self) -> ListBanks<'a> {
        ListBanks {
            call: Call::new(self.client),
        }
    }

    /// Add a bank to the catalog
    ///
    /// Registers a bank so that bank top-ups and withdrawals can refer to it. Requires the
    /// administrator role. The BIC and SWIFT codes must not already be used by another bank in
    /// the catalog. Keep the returned `bankId`.
    ///
    /// `POST /bank-catalog`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn add_bank(
        &self,
        body: impl Into<crate::models::BankCatalogCreateRequest>,
    ) -> AddBank<'a> {
        AddBank {
            call: Call::new(self.client),
            body: body.into(),
        }
    }
}

/// List the banks in the catalog
///
/// `GET /bank-catalog`, started by [`BankCatalogApi::list_banks`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListBanks<'a> {
    call: Call<'a>,
}

impl<'a> ListBanks<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::BankCatalogListResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::BankCatalogListResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for ListBanks<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListBanks<'_> {
    type Output = crate::models::BankCatalogListResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/bank-catalog",
        security: &[&["tokenAuth"]],
        idempotent: true,
    };

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// Add a bank to the catalog
///
/// `POST /bank-catalog`, started by [`BankCatalogApi::add_bank`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AddBank<'a> {
    call: Call<'a>,
    body: crate::models::BankCatalogCreateRequest,
}

impl<'a> AddBank<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::BankCatalogCreateResponse, crate::Error>> + 'a
    {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<
        Output = Result<Response<crate::models::BankCatalogCreateResponse>, crate::Error>,
    > + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for AddBank<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for AddBank<'_> {
    type Output = crate::models::BankCatalogCreateResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/bank-catalog",
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
