use crate::client::Client;

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
    pub fn list_banks(&self) -> crate::client::Call<'a, ListBanks> {
        crate::client::Call::new(self.client, ListBanks {})
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
        body: crate::models::BankCatalogCreateRequest,
    ) -> crate::client::Call<'a, AddBank> {
        crate::client::Call::new(self.client, AddBank { body })
    }
}

/// The parameters of `GET /bank-catalog`, set on the [`Call`](crate::client::Call) that [`list_banks`](BankCatalogApi::list_banks) returns.
#[derive(Clone, Debug)]
pub struct ListBanks {}

impl paygen_runtime::Operation for ListBanks {
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

/// The parameters of `POST /bank-catalog`, set on the [`Call`](crate::client::Call) that [`add_bank`](BankCatalogApi::add_bank) returns.
#[derive(Clone, Debug)]
pub struct AddBank {
    body: crate::models::BankCatalogCreateRequest,
}

impl paygen_runtime::Operation for AddBank {
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
