use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// The 6 operations tagged `items`: `get_items_id`, `update_item`, `create_item`, `create_item_form`, `get_items_id_document` and `create_item2`.
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
    /// - `id` (`id`): Text.
    pub fn get_items_id(&self, id: impl Into<String>) -> GetItemsId<'a> {
        GetItemsId {
            call: Call::new(self.client),
            id: id.into(),
            expand: None,
            filter_status: None,
            tags: None,
            codes: None,
            range: None,
            type_: None,
            body_query: None,
            x_trace: None,
            session: None,
            send: None,
        }
    }

    /// PATCH /items/{id}
    ///
    /// `PATCH /items/{id}`
    ///
    /// # Arguments
    /// - `id` (`id`): Text.
    /// - `body`: the request body (application/merge-patch+json)
    pub fn update_item(
        &self,
        id: impl Into<String>,
        body: impl Into<crate::models::ItemPatch>,
    ) -> UpdateItem<'a> {
        UpdateItem {
            call: Call::new(self.client),
            id: id.into(),
            expand: None,
            body: body.into(),
        }
    }

    /// POST /items
    ///
    /// The body can also be sent as `application/x-www-form-urlencoded` with `create_item_form`.
    ///
    /// `POST /items`
    ///
    /// # Arguments
    /// - `body`: the request body (application/json)
    pub fn create_item(&self, body: impl Into<crate::models::ItemForm>) -> CreateItem<'a> {
        CreateItem {
            call: Call::new(self.client),
            body_query: None,
            body: body.into(),
        }
    }

    /// POST /items
    ///
    /// Sends the body as `application/x-www-form-urlencoded`; `create_item` sends it as `application/json`.
    ///
    /// `POST /items`
    ///
    /// # Arguments
    /// - `body`: the request body (application/x-www-form-urlencoded)
    pub fn create_item_form(&self, body: impl Into<crate::models::ItemForm>) -> CreateItemForm<'a> {
        CreateItemForm {
            call: Call::new(self.client),
            body_query: None,
            body: body.into(),
        }
    }

    /// GET /items/{id}/document
    ///
    /// `GET /items/{id}/document`
    ///
    /// # Arguments
    /// - `id` (`id`): Text.
    pub fn get_items_id_document(&self, id: impl Into<String>) -> GetItemsIdDocument<'a> {
        GetItemsIdDocument {
            call: Call::new(self.client),
            id: id.into(),
        }
    }

    /// PUT /items/{id}/document
    ///
    /// Upload (its id collides with `create_item` after case conversion).
    ///
    /// `PUT /items/{id}/document`
    ///
    /// # Arguments
    /// - `id` (`id`): Text.
    pub fn create_item2(&self, id: impl Into<String>) -> CreateItem2<'a> {
        CreateItem2 {
            call: Call::new(self.client),
            id: id.into(),
            body: None,
        }
    }
}

/// GET /items/{id}
///
/// `GET /items/{id}`, started by [`ItemsApi::get_items_id`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetItemsId<'a> {
    call: Call<'a>,
    id: String,
    expand: Option<Vec<String>>,
    filter_status: Option<crate::models::Status>,
    tags: Option<Vec<String>>,
    codes: Option<Vec<i64>>,
    range: Option<crate::models::GetItemsIdRange>,
    type_: Option<String>,
    body_query: Option<String>,
    x_trace: Option<paygen_runtime::Uuid>,
    session: Option<String>,
    send: Option<bool>,
}

impl<'a> GetItemsId<'a> {
    /// Query parameter `expand`: Overrides the path-level one.
    pub fn expand(mut self, value: Vec<String>) -> Self {
        self.expand = Some(value);
        self
    }

    /// Query parameter `filter[status]`: Values that are not identifiers, collide after case conversion, or repeat.
    pub fn filter_status(mut self, value: impl Into<crate::models::Status>) -> Self {
        self.filter_status = Some(value.into());
        self
    }

    /// Query parameter `tags`: A list; each item: text.
    pub fn tags(mut self, value: Vec<String>) -> Self {
        self.tags = Some(value);
        self
    }

    /// Query parameter `codes`: A list; each item: an integer.
    pub fn codes(mut self, value: Vec<i64>) -> Self {
        self.codes = Some(value);
        self
    }

    /// Query parameter `range`: An object with the properties `from` and `to`.
    pub fn range(mut self, value: impl Into<crate::models::GetItemsIdRange>) -> Self {
        self.range = Some(value.into());
        self
    }

    /// Query parameter `type`: A Rust keyword.
    pub fn type_(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }

    /// Query parameter `body`: Collides with nothing: this operation has no body.
    pub fn body_query(mut self, value: impl Into<String>) -> Self {
        self.body_query = Some(value.into());
        self
    }

    /// Header parameter `X-Trace`: A UUID.
    pub fn x_trace(mut self, value: paygen_runtime::Uuid) -> Self {
        self.x_trace = Some(value);
        self
    }

    /// Cookie parameter `session`: Text.
    pub fn session(mut self, value: impl Into<String>) -> Self {
        self.session = Some(value.into());
        self
    }

    /// Query parameter `Send`: Collides with the builder's `send` after case conversion.
    pub fn set_send(mut self, value: bool) -> Self {
        self.send = Some(value);
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<crate::models::Item, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::Item>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetItemsId<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetItemsId<'_> {
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
        if let Some(value) = &self.body_query {
            request.query("body", value);
        }
        if let Some(value) = &self.x_trace {
            request.header("X-Trace", value);
        }
        if let Some(value) = &self.send {
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

/// PATCH /items/{id}
///
/// `PATCH /items/{id}`, started by [`ItemsApi::update_item`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateItem<'a> {
    call: Call<'a>,
    id: String,
    expand: Option<Vec<String>>,
    body: crate::models::ItemPatch,
}

impl<'a> UpdateItem<'a> {
    /// Query parameter `expand`: A list; each item: text.
    pub fn expand(mut self, value: Vec<String>) -> Self {
        self.expand = Some(value);
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::UpdateItemResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::UpdateItemResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for UpdateItem<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for UpdateItem<'_> {
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

/// POST /items
///
/// `POST /items`, started by [`ItemsApi::create_item`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateItem<'a> {
    call: Call<'a>,
    body_query: Option<String>,
    body: crate::models::ItemForm,
}

impl<'a> CreateItem<'a> {
    /// Query parameter `body`: Collides with the body argument.
    pub fn body_query(mut self, value: impl Into<String>) -> Self {
        self.body_query = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::CreateItemResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::CreateItemResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateItem<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateItem<'_> {
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
        if let Some(value) = &self.body_query {
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

/// POST /items
///
/// `POST /items`, started by [`ItemsApi::create_item_form`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateItemForm<'a> {
    call: Call<'a>,
    body_query: Option<String>,
    body: crate::models::ItemForm,
}

impl<'a> CreateItemForm<'a> {
    /// Query parameter `body`: Collides with the body argument.
    pub fn body_query(mut self, value: impl Into<String>) -> Self {
        self.body_query = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<crate::models::CreateItemResponse, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<crate::models::CreateItemResponse>, crate::Error>> + 'a
    {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateItemForm<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateItemForm<'_> {
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
        if let Some(value) = &self.body_query {
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

/// GET /items/{id}/document
///
/// `GET /items/{id}/document`, started by [`ItemsApi::get_items_id_document`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetItemsIdDocument<'a> {
    call: Call<'a>,
    id: String,
}

impl<'a> GetItemsIdDocument<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<paygen_runtime::Bytes, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<paygen_runtime::Bytes>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for GetItemsIdDocument<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for GetItemsIdDocument<'_> {
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

/// PUT /items/{id}/document
///
/// `PUT /items/{id}/document`, started by [`ItemsApi::create_item2`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateItem2<'a> {
    call: Call<'a>,
    id: String,
    body: Option<paygen_runtime::Bytes>,
}

impl<'a> CreateItem2<'a> {
    /// Request body, sent as `application/octet-stream`.
    pub fn body(mut self, value: impl Into<paygen_runtime::Bytes>) -> Self {
        self.body = Some(value.into());
        self
    }

    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<(), crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<()>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for CreateItem2<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for CreateItem2<'_> {
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
