use crate::client::Client;

/// Supported countries and their currencies.
#[derive(Clone, Copy, Debug)]
pub struct CountriesApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> CountriesApi<'a> {
    /// List supported countries
    ///
    /// Returns every supported country with its default currency and brand count. Not paged.
    ///
    /// `GET /countries`
    pub fn list_countries(&self) -> crate::client::Call<'a, ListCountries> {
        crate::client::Call::new(
            self.client,
            ListCountries {
                x_country: None,
                x_currency: None,
            },
        )
    }
}

/// The parameters of `GET /countries`, set on the [`Call`](crate::client::Call) that [`list_countries`](CountriesApi::list_countries) returns.
#[derive(Clone, Debug)]
pub struct ListCountries {
    x_country: Option<String>,
    x_currency: Option<String>,
}

impl crate::client::Call<'_, ListCountries> {
    /// ISO 3166-1 alpha-2 country code giving the context of the request; US when absent.
    ///
    /// **Inferred:** The header table of this call lists only Authorization, but the document's example request sends this header.
    ///
    /// Sent as the header parameter `X-Country`.
    pub fn x_country(mut self, value: impl Into<String>) -> Self {
        self.op.x_country = Some(value.into());
        self
    }

    /// ISO 4217 currency code giving the context of the request; USD when absent.
    ///
    /// **Inferred:** The header table of this call lists only Authorization, but the document's example request sends this header.
    ///
    /// Sent as the header parameter `X-Currency`.
    pub fn x_currency(mut self, value: impl Into<String>) -> Self {
        self.op.x_currency = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for ListCountries {
    type Output = crate::models::CountryListDocument;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/countries",
        security: &[&["bearerAuth"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.x_country {
            request.header("X-Country", value);
        }
        if let Some(value) = &self.x_currency {
            request.header("X-Currency", value);
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
