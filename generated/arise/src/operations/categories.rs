use crate::client::Client;

/// Catalog categories that group invoice line items.
#[derive(Clone, Copy, Debug)]
pub struct CategoriesApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> CategoriesApi<'a> {
    /// List categories
    ///
    /// Returns one page of the merchant catalog categories, optionally filtered by a search string and sorted.
    ///
    /// `GET /pay-int-api/categories`
    ///
    /// Pages: [`into_stream`](crate::client::Call::into_stream) on the returned call walks every item.
    pub fn list_categories(&self) -> crate::client::Call<'a, ListCategories> {
        crate::client::Call::new(
            self.client,
            ListCategories {
                page: None,
                page_size: None,
                order_by: None,
                asc: None,
                search: None,
                x_api_version: None,
            },
        )
    }

    /// Create a category
    ///
    /// Adds a line-item category to the merchant catalog and returns its identifier.
    ///
    /// `POST /pay-int-api/categories`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_category(
        &self,
        body: crate::models::CreateCategoryRequest,
    ) -> crate::client::Call<'a, CreateCategory> {
        crate::client::Call::new(
            self.client,
            CreateCategory {
                body,
                x_api_version: None,
            },
        )
    }

    /// Update a category
    ///
    /// Changes the name and/or default unit type of an existing category.
    ///
    /// `PUT /pay-int-api/categories/{categoryId}`
    ///
    /// # Arguments
    /// - `category_id` (`categoryId`): Id of the category to change.
    /// - `body`: the request body (application/json)
    pub fn update_category(
        &self,
        category_id: paygen_runtime::Uuid,
        body: crate::models::UpdateCategoryRequest,
    ) -> crate::client::Call<'a, UpdateCategory> {
        crate::client::Call::new(
            self.client,
            UpdateCategory {
                category_id,
                body,
                x_api_version: None,
            },
        )
    }

    /// Delete a category
    ///
    /// Removes a category from the catalog. Line items that belonged to it remain in the catalog without a category.
    ///
    /// `DELETE /pay-int-api/categories/{categoryId}`
    ///
    /// # Arguments
    /// - `category_id` (`categoryId`): Id of the category to remove.
    pub fn delete_category(
        &self,
        category_id: paygen_runtime::Uuid,
    ) -> crate::client::Call<'a, DeleteCategory> {
        crate::client::Call::new(
            self.client,
            DeleteCategory {
                category_id,
                x_api_version: None,
            },
        )
    }
}

/// The parameters of `GET /pay-int-api/categories`, set on the [`Call`](crate::client::Call) that [`list_categories`](CategoriesApi::list_categories) returns.
#[derive(Clone, Debug)]
pub struct ListCategories {
    page: Option<i32>,
    page_size: Option<i32>,
    order_by: Option<String>,
    asc: Option<bool>,
    search: Option<String>,
    x_api_version: Option<String>,
}

impl crate::client::Call<'_, ListCategories> {
    /// Zero-based page index.
    ///
    /// Sent as the query parameter `page`.
    pub fn page(mut self, value: i32) -> Self {
        self.op.page = Some(value);
        self
    }

    /// Page size (items per page).
    ///
    /// Sent as the query parameter `pageSize`.
    pub fn page_size(mut self, value: i32) -> Self {
        self.op.page_size = Some(value);
        self
    }

    /// Name of the field used to sort the results.
    ///
    /// Sent as the query parameter `orderBy`.
    pub fn order_by(mut self, value: impl Into<String>) -> Self {
        self.op.order_by = Some(value.into());
        self
    }

    /// Sort order is ascending.
    ///
    /// Sent as the query parameter `asc`.
    pub fn asc(mut self, value: bool) -> Self {
        self.op.asc = Some(value);
        self
    }

    /// Search query to filter categories.
    ///
    /// Sent as the query parameter `search`.
    pub fn search(mut self, value: impl Into<String>) -> Self {
        self.op.search = Some(value.into());
        self
    }

    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for ListCategories {
    type Output = crate::models::ListCategoriesResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/pay-int-api/categories",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.page {
            request.query("page", value);
        }
        if let Some(value) = &self.page_size {
            request.query("pageSize", value);
        }
        if let Some(value) = &self.order_by {
            request.query("orderBy", value);
        }
        if let Some(value) = &self.asc {
            request.query("asc", value);
        }
        if let Some(value) = &self.search {
            request.query("search", value);
        }
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
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

impl paygen_runtime::pagination::Paged for ListCategories {
    type Item = crate::models::GetCategoriesResponseDto;

    fn page_spec() -> paygen_runtime::pagination::PageSpec {
        paygen_runtime::pagination::PageSpec {
            first_page: 0u64,
            items: "/items",
            stop: paygen_runtime::pagination::Stop::TotalItems("/total"),
        }
    }

    fn set_page(&mut self, page: u64) {
        self.page = Some(i32::try_from(page).unwrap_or(i32::MAX));
    }
}

/// The parameters of `POST /pay-int-api/categories`, set on the [`Call`](crate::client::Call) that [`create_category`](CategoriesApi::create_category) returns.
#[derive(Clone, Debug)]
pub struct CreateCategory {
    x_api_version: Option<String>,
    body: crate::models::CreateCategoryRequest,
}

impl crate::client::Call<'_, CreateCategory> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for CreateCategory {
    type Output = crate::models::CreateCategoryResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/pay-int-api/categories",
        security: &[&["Bearer"]],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
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

/// The parameters of `PUT /pay-int-api/categories/{categoryId}`, set on the [`Call`](crate::client::Call) that [`update_category`](CategoriesApi::update_category) returns.
#[derive(Clone, Debug)]
pub struct UpdateCategory {
    category_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
    body: crate::models::UpdateCategoryRequest,
}

impl crate::client::Call<'_, UpdateCategory> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for UpdateCategory {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PUT,
        path: "/pay-int-api/categories/{categoryId}",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("categoryId", &self.category_id);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        request.body = paygen_runtime::json_body(&self.body)?;
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}

/// The parameters of `DELETE /pay-int-api/categories/{categoryId}`, set on the [`Call`](crate::client::Call) that [`delete_category`](CategoriesApi::delete_category) returns.
#[derive(Clone, Debug)]
pub struct DeleteCategory {
    category_id: paygen_runtime::Uuid,
    x_api_version: Option<String>,
}

impl crate::client::Call<'_, DeleteCategory> {
    /// Optional API version selector of the /pay-int-api service; no values are documented.
    ///
    /// Sent as the header parameter `x-api-version`.
    pub fn x_api_version(mut self, value: impl Into<String>) -> Self {
        self.op.x_api_version = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for DeleteCategory {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::DELETE,
        path: "/pay-int-api/categories/{categoryId}",
        security: &[&["Bearer"]],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("categoryId", &self.category_id);
        if let Some(value) = &self.x_api_version {
            request.header("x-api-version", value);
        }
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}
