use crate::client::{Call, Client};
use paygen_runtime::Response;
use paygen_runtime::futures::Stream;
use std::future::Future;

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
    pub fn get_brand(&self, id: impl Into<String>) -> GetBrand<'a> {
        GetBrand {
            call: Call::new(self.client),
            id: id.into(),
        }
    }

    /// List brands
    ///
    /// Pages through the brand catalogue for the country and currency in the headers, with optional search, filters and sorting. Raise suggests caching the catalogue and refreshing it about hourly.
    ///
    /// `GET /brands`
    ///
    /// Pages: [`into_stream`](ListBrands::into_stream) on the returned call walks every item.
    pub fn list_brands(&self) -> ListBrands<'a> {
        ListBrands {
            call: Call::new(self.client),
            x_country: self.client.defaults.x_country.clone(),
            x_currency: self.client.defaults.x_currency.clone(),
            query: None,
            character: None,
            category: None,
            ids: None,
            page_number: None,
            page_size: None,
            sort_field: None,
            sort_order: None,
        }
    }
}

/// Get a brand
///
/// `GET /brands/{id}`, started by [`BrandsApi::get_brand`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetBrand<'a> {
    call: Call<'a>,
    id: String,
}

impl<'a> GetBrand<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::BrandDocument, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::BrandDocument>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetBrand<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetBrand<'_> {
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

/// List brands
///
/// `GET /brands`, started by [`BrandsApi::list_brands`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListBrands<'a> {
    call: Call<'a>,
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

impl<'a> ListBrands<'a> {
    /// Header parameter `X-Country`: ISO 3166-1 alpha-2 country code giving the context of the request; US when absent.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_country`](crate::ClientBuilder::x_country).
    pub fn x_country(mut self, value: impl Into<String>) -> Self {
        self.x_country = Some(value.into());
        self
    }

    /// Header parameter `X-Currency`: ISO 4217 currency code giving the context of the request; USD when absent.
    ///
    /// Overrides the client's default, set with [`ClientBuilder::x_currency`](crate::ClientBuilder::x_currency).
    pub fn x_currency(mut self, value: impl Into<String>) -> Self {
        self.x_currency = Some(value.into());
        self
    }

    /// Query parameter `query`: Case-insensitive search on the brand name; at least 3 characters, special characters are ignored.
    pub fn query(mut self, value: impl Into<String>) -> Self {
        self.query = Some(value.into());
        self
    }

    /// Query parameter `character`: Only brands whose name starts with this character.
    pub fn character(mut self, value: impl Into<String>) -> Self {
        self.character = Some(value.into());
        self
    }

    /// Query parameter `category`: Only brands in this category.
    pub fn category(mut self, value: impl Into<crate::models::CategoryCode>) -> Self {
        self.category = Some(value.into());
        self
    }

    /// Query parameter `ids`: Only the brands with these ids, sent comma-separated (as a production client does, per the research notes).
    pub fn ids(mut self, value: Vec<String>) -> Self {
        self.ids = Some(value);
        self
    }

    /// Query parameter `page[number]`: Zero-based page index (5 returns the sixth page).
    pub fn page_number(mut self, value: i32) -> Self {
        self.page_number = Some(value);
        self
    }

    /// Query parameter `page[size]`: Results per page, at most 500.
    pub fn page_size(mut self, value: i32) -> Self {
        self.page_size = Some(value);
        self
    }

    /// Query parameter `sort[field]`: Field to sort by.
    pub fn sort_field(mut self, value: impl Into<crate::models::ListBrandsSortField>) -> Self {
        self.sort_field = Some(value.into());
        self
    }

    /// Query parameter `sort[order]`: Sort direction.
    pub fn sort_order(mut self, value: impl Into<crate::models::SortOrder>) -> Self {
        self.sort_order = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::BrandListDocument, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::BrandListDocument>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }

    /// Walks every page from the first, yielding items one by one. The stream ends after
    /// the last page, on an empty page, or after the first error.
    #[inline]
    pub fn into_stream(
        self,
    ) -> impl Stream<Item = Result<crate::models::Brand, crate::Error>> + 'a {
        self.call.clone().stream(self)
    }
}

impl paygen_runtime::CallOptions for ListBrands<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListBrands<'_> {
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

impl paygen_runtime::pagination::Paged for ListBrands<'_> {
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
