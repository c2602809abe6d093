use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

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
    pub fn list_categories(&self) -> ListCategories<'a> {
        ListCategories {
            call: Call::new(self.client),
            x_country: self.client.defaults.x_country.clone(),
            x_currency: self.client.defaults.x_currency.clone(),
            sort_order: None,
        }
    }
}

/// List categories
///
/// `GET /categories`, started by [`CategoriesApi::list_categories`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ListCategories<'a> {
    call: Call<'a>,
    x_country: Option<String>,
    x_currency: Option<String>,
    sort_order: Option<crate::models::SortOrder>,
}

impl<'a> ListCategories<'a> {
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

    /// Query parameter `sort[order]`: Sort direction.
    pub fn sort_order(mut self, value: impl Into<crate::models::SortOrder>) -> Self {
        self.sort_order = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::CategoryListDocument, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::CategoryListDocument>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for ListCategories<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ListCategories<'_> {
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
