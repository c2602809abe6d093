use crate::client::Client;

/// Groupings of brands.
#[derive(Clone, Copy, Debug)]
pub struct CategoriesApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> CategoriesApi<'a> {
    /// List categories
    ///
    /// Returns the brand categories for the country and currency in the headers, with the number of brands in each. Not paged.
    ///
    /// `GET /categories`
    pub fn list_categories(&self) -> crate::client::Call<'a, ListCategories> {
        crate::client::Call::new(
            self.client,
            ListCategories {
                x_country: None,
                x_currency: None,
                sort_order: None,
            },
        )
    }
}

/// The parameters of `GET /categories`, set on the [`Call`](crate::client::Call) that [`list_categories`](CategoriesApi::list_categories) returns.
#[derive(Clone, Debug)]
pub struct ListCategories {
    x_country: Option<String>,
    x_currency: Option<String>,
    sort_order: Option<crate::models::SortOrder>,
}

impl crate::client::Call<'_, ListCategories> {
    /// ISO 3166-1 alpha-2 country code giving the context of the request; US when absent.
    ///
    /// Sent as the header parameter `X-Country`.
    pub fn x_country(mut self, value: impl Into<String>) -> Self {
        self.op.x_country = Some(value.into());
        self
    }

    /// ISO 4217 currency code giving the context of the request; USD when absent.
    ///
    /// Sent as the header parameter `X-Currency`.
    pub fn x_currency(mut self, value: impl Into<String>) -> Self {
        self.op.x_currency = Some(value.into());
        self
    }

    /// Sort direction.
    ///
    /// Sent as the query parameter `sort[order]`.
    pub fn sort_order(mut self, value: crate::models::SortOrder) -> Self {
        self.op.sort_order = Some(value);
        self
    }
}

impl paygen_runtime::Operation for ListCategories {
    type Output = crate::models::CategoryListDocument;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/categories",
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
        if let Some(value) = &self.sort_order {
            request.query("sort[order]", value);
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
