use crate::client::Client;

/// The gift card brand catalogue.
#[derive(Clone, Copy, Debug)]
pub struct BrandsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> BrandsApi<'a> {
    /// Get a brand
    ///
    /// Returns one brand with its purchase and redemption rules.
    ///
    /// `GET /brands/{id}`
    ///
    /// # Arguments
    /// - `id` (`id`): Brand identifier.
    pub fn get_brand(&self, id: impl Into<String>) -> crate::client::Call<'a, GetBrand> {
        crate::client::Call::new(self.client, GetBrand { id: id.into() })
    }

    /// List brands
    ///
    /// Pages through the brand catalogue for the country and currency in the headers, with optional search, filters and sorting. Raise suggests caching the catalogue and refreshing it about hourly.
    ///
    /// `GET /brands`
    ///
    /// Pages: [`into_stream`](crate::client::Call::into_stream) on the returned call walks every item.
    pub fn list_brands(&self) -> crate::client::Call<'a, ListBrands> {
        crate::client::Call::new(
            self.client,
            ListBrands {
                x_country: None,
                x_currency: None,
                query: None,
                character: None,
                category: None,
                ids: None,
                page_number: None,
                page_size: None,
                sort_field: None,
                sort_order: None,
            },
        )
    }
}

/// The parameters of `GET /brands/{id}`, set on the [`Call`](crate::client::Call) that [`get_brand`](BrandsApi::get_brand) returns.
#[derive(Clone, Debug)]
pub struct GetBrand {
    id: String,
}

impl paygen_runtime::Operation for GetBrand {
    type Output = crate::models::BrandDocument;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/brands/{id}",
        security: &[&["bearerAuth"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("id", &self.id);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}

/// The parameters of `GET /brands`, set on the [`Call`](crate::client::Call) that [`list_brands`](BrandsApi::list_brands) returns.
#[derive(Clone, Debug)]
pub struct ListBrands {
    x_country: Option<String>,
    x_currency: Option<String>,
    query: Option<String>,
    character: Option<String>,
    category: Option<crate::models::CategoryCode>,
    ids: Option<Vec<String>>,
    page_number: Option<i32>,
    page_size: Option<i32>,
    sort_field: Option<crate::models::ListBrandsSortField>,
    sort_order: Option<crate::models::SortOrder>,
}

impl crate::client::Call<'_, ListBrands> {
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

    /// Case-insensitive search on the brand name; at least 3 characters, special characters are ignored.
    ///
    /// Sent as the query parameter `query`.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.op.query = Some(value.into());
        self
    }

    /// Only brands whose name starts with this character.
    ///
    /// Sent as the query parameter `character`.
    pub fn character(mut self, value: impl Into<String>) -> Self {
        self.op.character = Some(value.into());
        self
    }

    /// Only brands in this category.
    ///
    /// Sent as the query parameter `category`.
    pub fn category(mut self, value: crate::models::CategoryCode) -> Self {
        self.op.category = Some(value);
        self
    }

    /// Only the brands with these ids, sent comma-separated (as a production client does, per the research notes).
    ///
    /// Sent as the query parameter `ids`.
    pub fn ids(mut self, value: Vec<String>) -> Self {
        self.op.ids = Some(value);
        self
    }

    /// Zero-based page index (5 returns the sixth page).
    ///
    /// Sent as the query parameter `page[number]`.
    pub fn page_number(mut self, value: i32) -> Self {
        self.op.page_number = Some(value);
        self
    }

    /// Results per page, at most 500.
    ///
    /// Sent as the query parameter `page[size]`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.op.page_size = Some(value);
        self
    }

    /// Field to sort by.
    ///
    /// Sent as the query parameter `sort[field]`.
    pub fn sort_field(mut self, value: crate::models::ListBrandsSortField) -> Self {
        self.op.sort_field = Some(value);
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

impl paygen_runtime::Operation for ListBrands {
    type Output = crate::models::BrandListDocument;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/brands",
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
        if let Some(value) = &self.query {
            request.query("query", value);
        }
        if let Some(value) = &self.character {
            request.query("character", value);
        }
        if let Some(value) = &self.category {
            request.query("category", value);
        }
        if let Some(value) = &self.ids {
            request.query("ids", value);
        }
        if let Some(value) = &self.page_number {
            request.query("page[number]", value);
        }
        if let Some(value) = &self.page_size {
            request.query("page[size]", value);
        }
        if let Some(value) = &self.sort_field {
            request.query("sort[field]", value);
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

impl paygen_runtime::pagination::Paged for ListBrands {
    type Item = crate::models::Brand;

    fn page_spec() -> paygen_runtime::pagination::PageSpec {
        paygen_runtime::pagination::PageSpec {
            first_page: 0u64,
            items: "/data",
            stop: paygen_runtime::pagination::Stop::TotalItems("/meta/total_results"),
        }
    }

    fn set_page(&mut self, page: u64) {
        self.page_number = Some(i32::try_from(page).unwrap_or(i32::MAX));
    }
}
