use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
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
    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut query = Vec::new();
        if let Some(value) = &self.sort_order {
            query.push(("sort[order]".to_string(), value.to_param()));
        }
        let mut headers = Vec::new();
        if let Some(value) = &self.x_country {
            headers.push(("X-Country".to_string(), value.to_param()));
        }
        if let Some(value) = &self.x_currency {
            headers.push(("X-Currency".to_string(), value.to_param()));
        }
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/categories",
            path: "/categories".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[&["bearerAuth"]],
            idempotent: true,
            options: paygen_runtime::RequestOptions::default(),
        })
    }
    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_json)
    }
}
