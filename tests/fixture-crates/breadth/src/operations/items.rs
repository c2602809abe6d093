use crate::client::Client;

/// Operations tagged `items`.
#[derive(Clone, Copy, Debug)]
pub struct ItemsApi<'a> {
    pub(crate) client: &'a Client,
}

impl<'a> ItemsApi<'a> {
    /// GET /items/{id}
    ///
    /// `GET /items/{id}`
    ///
    /// # Arguments
    /// - `id` (`id`):
    pub fn get_items_id(&self, id: impl Into<String>) -> crate::client::Call<'a, GetItemsId> {
        crate::client::Call::new(
            self.client,
            GetItemsId {
                id: id.into(),
                expand: None,
                filter_status: None,
                tags: None,
                codes: None,
                range: None,
                type_: None,
                body2: None,
                x_trace: None,
                session: None,
                send2: None,
            },
        )
    }

    /// PATCH /items/{id}
    ///
    /// `PATCH /items/{id}`
    ///
    /// # Arguments
    /// - `id` (`id`):
    /// - `body`: the request body (application/merge-patch+json)
    pub fn update_item(
        &self,
        id: impl Into<String>,
        body: crate::models::ItemPatch,
    ) -> crate::client::Call<'a, UpdateItem> {
        crate::client::Call::new(
            self.client,
            UpdateItem {
                id: id.into(),
                body,
                expand: None,
            },
        )
    }

    /// POST /items
    ///
    /// The body can also be sent as `application/x-www-form-urlencoded` with `create_item_form`.
    ///
    /// `POST /items`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_item(
        &self,
        body: crate::models::ItemForm,
    ) -> crate::client::Call<'a, CreateItem> {
        crate::client::Call::new(self.client, CreateItem { body, body2: None })
    }

    /// POST /items
    ///
    /// Sends the body as `application/x-www-form-urlencoded`; `create_item` sends it as `application/json`.
    ///
    /// `POST /items`
    ///
    /// # Arguments
    /// - `body`: the request body (application/x-www-form-urlencoded)
    pub fn create_item_form(
        &self,
        body: crate::models::ItemForm,
    ) -> crate::client::Call<'a, CreateItemForm> {
        crate::client::Call::new(self.client, CreateItemForm { body, body2: None })
    }

    /// GET /items/{id}/document
    ///
    /// `GET /items/{id}/document`
    ///
    /// # Arguments
    /// - `id` (`id`):
    pub fn get_items_id_document(
        &self,
        id: impl Into<String>,
    ) -> crate::client::Call<'a, GetItemsIdDocument> {
        crate::client::Call::new(self.client, GetItemsIdDocument { id: id.into() })
    }

    /// PUT /items/{id}/document
    ///
    /// Upload (its id collides with `create_item` after case conversion).
    ///
    /// `PUT /items/{id}/document`
    ///
    /// # Arguments
    /// - `id` (`id`):
    pub fn create_item2(&self, id: impl Into<String>) -> crate::client::Call<'a, CreateItem2> {
        crate::client::Call::new(
            self.client,
            CreateItem2 {
                id: id.into(),
                body: None,
            },
        )
    }
}

/// The parameters of `GET /items/{id}`, set on the [`Call`](crate::client::Call) that [`get_items_id`](ItemsApi::get_items_id) returns.
#[derive(Clone, Debug)]
pub struct GetItemsId {
    id: String,
    expand: Option<Vec<String>>,
    filter_status: Option<crate::models::Status>,
    tags: Option<Vec<String>>,
    codes: Option<Vec<i64>>,
    range: Option<crate::models::GetItemsIdRange>,
    type_: Option<String>,
    body2: Option<String>,
    x_trace: Option<paygen_runtime::Uuid>,
    session: Option<String>,
    send2: Option<bool>,
}

impl crate::client::Call<'_, GetItemsId> {
    /// Overrides the path-level one.
    ///
    /// Sent as the query parameter `expand`.
    pub fn expand(mut self, value: Vec<String>) -> Self {
        self.op.expand = Some(value);
        self
    }

    /// Values that are not identifiers, collide after case conversion, or repeat.
    ///
    /// Sent as the query parameter `filter[status]`.
    pub fn filter_status(mut self, value: crate::models::Status) -> Self {
        self.op.filter_status = Some(value);
        self
    }

    /// Sets `tags`.
    ///
    /// Sent as the query parameter `tags`.
    pub fn tags(mut self, value: Vec<String>) -> Self {
        self.op.tags = Some(value);
        self
    }

    /// Sets `codes`.
    ///
    /// Sent as the query parameter `codes`.
    pub fn codes(mut self, value: Vec<i64>) -> Self {
        self.op.codes = Some(value);
        self
    }

    /// Sets `range`.
    ///
    /// Sent as the query parameter `range`.
    pub fn range(mut self, value: crate::models::GetItemsIdRange) -> Self {
        self.op.range = Some(value);
        self
    }

    /// A Rust keyword.
    ///
    /// Sent as the query parameter `type`.
    pub fn type_(mut self, value: impl Into<String>) -> Self {
        self.op.type_ = Some(value.into());
        self
    }

    /// Collides with nothing: this operation has no body.
    ///
    /// Sent as the query parameter `body`.
    pub fn body2(mut self, value: impl Into<String>) -> Self {
        self.op.body2 = Some(value.into());
        self
    }

    /// Sets `X-Trace`.
    ///
    /// Sent as the header parameter `X-Trace`.
    pub fn x_trace(mut self, value: paygen_runtime::Uuid) -> Self {
        self.op.x_trace = Some(value);
        self
    }

    /// Sets `session`.
    ///
    /// Sent as the cookie parameter `session`.
    pub fn session(mut self, value: impl Into<String>) -> Self {
        self.op.session = Some(value.into());
        self
    }

    /// Collides with the builder's `send` after case conversion.
    ///
    /// Sent as the query parameter `Send`.
    pub fn send2(mut self, value: bool) -> Self {
        self.op.send2 = Some(value);
        self
    }
}

impl paygen_runtime::Operation for GetItemsId {
    type Output = crate::models::Item;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/items/{id}",
        security: &[],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("id", &self.id);
        request.header("Accept", "application/json, application/xml");
        if let Some(value) = &self.expand {
            request.query("expand", value);
        }
        if let Some(value) = &self.filter_status {
            request.query("filter[status]", value);
        }
        if let Some(value) = &self.tags {
            request.query_joined("tags", value, " ");
        }
        if let Some(value) = &self.codes {
            request.query_joined("codes", value, "|");
        }
        if let Some(value) = &self.range {
            request.query_deep("range", value);
        }
        if let Some(value) = &self.type_ {
            request.query("type", value);
        }
        if let Some(value) = &self.body2 {
            request.query("body", value);
        }
        if let Some(value) = &self.x_trace {
            request.header("X-Trace", value);
        }
        if let Some(value) = &self.send2 {
            request.query("Send", value);
        }
        if let Some(value) = &self.session {
            request.cookie("session", value);
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

/// The parameters of `PATCH /items/{id}`, set on the [`Call`](crate::client::Call) that [`update_item`](ItemsApi::update_item) returns.
#[derive(Clone, Debug)]
pub struct UpdateItem {
    id: String,
    expand: Option<Vec<String>>,
    body: crate::models::ItemPatch,
}

impl crate::client::Call<'_, UpdateItem> {
    /// Sets `expand`.
    ///
    /// Sent as the query parameter `expand`.
    pub fn expand(mut self, value: Vec<String>) -> Self {
        self.op.expand = Some(value);
        self
    }
}

impl paygen_runtime::Operation for UpdateItem {
    type Output = crate::models::UpdateItemResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PATCH,
        path: "/items/{id}",
        security: &[],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("id", &self.id);
        if let Some(value) = &self.expand {
            request.query_each("expand", value);
        }
        request.body = paygen_runtime::json_body(&self.body)?;
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        let body = match raw.status.as_u16() {
            200 => crate::models::UpdateItemResponse::Ok(paygen_runtime::decode_json(&raw)?),
            204 => crate::models::UpdateItemResponse::NoContent,
            _ => return Err(paygen_runtime::api_error(raw)),
        };
        Ok(paygen_runtime::Response::from_raw(raw, body))
    }
}

/// The parameters of `POST /items`, set on the [`Call`](crate::client::Call) that [`create_item`](ItemsApi::create_item) returns.
#[derive(Clone, Debug)]
pub struct CreateItem {
    body2: Option<String>,
    body: crate::models::ItemForm,
}

impl crate::client::Call<'_, CreateItem> {
    /// Collides with the body argument.
    ///
    /// Sent as the query parameter `body`.
    pub fn body2(mut self, value: impl Into<String>) -> Self {
        self.op.body2 = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for CreateItem {
    type Output = crate::models::CreateItemResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/items",
        security: &[],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.body2 {
            request.query("body", value);
        }
        request.body = paygen_runtime::json_body(&self.body)?;
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        let body = match raw.status.as_u16() {
            201 => crate::models::CreateItemResponse::Created(paygen_runtime::decode_json(&raw)?),
            202 => crate::models::CreateItemResponse::Accepted(paygen_runtime::decode_json(&raw)?),
            _ => return Err(paygen_runtime::api_error(raw)),
        };
        Ok(paygen_runtime::Response::from_raw(raw, body))
    }
}

/// The parameters of `POST /items`, set on the [`Call`](crate::client::Call) that [`create_item_form`](ItemsApi::create_item_form) returns.
#[derive(Clone, Debug)]
pub struct CreateItemForm {
    body2: Option<String>,
    body: crate::models::ItemForm,
}

impl crate::client::Call<'_, CreateItemForm> {
    /// Collides with the body argument.
    ///
    /// Sent as the query parameter `body`.
    pub fn body2(mut self, value: impl Into<String>) -> Self {
        self.op.body2 = Some(value.into());
        self
    }
}

impl paygen_runtime::Operation for CreateItemForm {
    type Output = crate::models::CreateItemResponse;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/items",
        security: &[],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        if let Some(value) = &self.body2 {
            request.query("body", value);
        }
        request.body = paygen_runtime::form_body_encoded(
            &self.body,
            &[("metadata", paygen_runtime::FormStyle::DeepObject)],
        )?;
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        let body = match raw.status.as_u16() {
            201 => crate::models::CreateItemResponse::Created(paygen_runtime::decode_json(&raw)?),
            202 => crate::models::CreateItemResponse::Accepted(paygen_runtime::decode_json(&raw)?),
            _ => return Err(paygen_runtime::api_error(raw)),
        };
        Ok(paygen_runtime::Response::from_raw(raw, body))
    }
}

/// The parameters of `GET /items/{id}/document`, set on the [`Call`](crate::client::Call) that [`get_items_id_document`](ItemsApi::get_items_id_document) returns.
#[derive(Clone, Debug)]
pub struct GetItemsIdDocument {
    id: String,
}

impl paygen_runtime::Operation for GetItemsIdDocument {
    type Output = paygen_runtime::Bytes;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::GET,
        path: "/items/{id}/document",
        security: &[],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("id", &self.id);
        request.header("Accept", "application/octet-stream");
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::body_bytes)
    }
}

/// The parameters of `PUT /items/{id}/document`, set on the [`Call`](crate::client::Call) that [`create_item2`](ItemsApi::create_item2) returns.
#[derive(Clone, Debug)]
pub struct CreateItem2 {
    id: String,
    body: Option<paygen_runtime::Bytes>,
}

impl crate::client::Call<'_, CreateItem2> {
    /// Sets the request body.
    pub fn body(mut self, value: paygen_runtime::Bytes) -> Self {
        self.op.body = Some(value);
        self
    }
}

impl paygen_runtime::Operation for CreateItem2 {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PUT,
        path: "/items/{id}/document",
        security: &[],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("id", &self.id);
        if let Some(body) = &self.body {
            request.body = paygen_runtime::RequestBody::bytes("application/octet-stream", body);
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
