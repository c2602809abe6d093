use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
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
    pub fn get_items_id(&self, id: impl Into<String>) -> GetItemsId<'a> {
        GetItemsId {
            client: self.client,
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
            options: paygen_runtime::RequestOptions::default(),
        }
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
    ) -> UpdateItem<'a> {
        UpdateItem {
            client: self.client,
            id: id.into(),
            body,
            expand: None,
            options: paygen_runtime::RequestOptions::default(),
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
    pub fn create_item(&self, body: crate::models::ItemForm) -> CreateItem<'a> {
        CreateItem {
            client: self.client,
            body,
            body2: None,
            options: paygen_runtime::RequestOptions::default(),
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
    pub fn create_item_form(&self, body: crate::models::ItemForm) -> CreateItemForm<'a> {
        CreateItemForm {
            client: self.client,
            body,
            body2: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// GET /items/{id}/document
    ///
    /// `GET /items/{id}/document`
    ///
    /// # Arguments
    /// - `id` (`id`):
    pub fn get_items_id_document(&self, id: impl Into<String>) -> GetItemsIdDocument<'a> {
        GetItemsIdDocument {
            client: self.client,
            id: id.into(),
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// PUT /items/{id}/document
    ///
    /// Upload (its id collides with `create_item` after case conversion).
    ///
    /// `PUT /items/{id}/document`
    ///
    /// # Arguments
    /// - `id` (`id`):
    pub fn create_item2(&self, id: impl Into<String>) -> CreateItem2<'a> {
        CreateItem2 {
            client: self.client,
            id: id.into(),
            body: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `GET /items/{id}` call; finish it with [`send`](GetItemsId::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetItemsId<'a> {
    client: &'a Client,
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
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetItemsId<'a> {
    /// Overrides the path-level one.
    ///
    /// Sent as the query parameter `expand`.
    pub fn expand(mut self, value: Vec<String>) -> Self {
        self.expand = Some(value);
        self
    }
    /// Values that are not identifiers, collide after case conversion, or repeat.
    ///
    /// Sent as the query parameter `filter[status]`.
    pub fn filter_status(mut self, value: crate::models::Status) -> Self {
        self.filter_status = Some(value);
        self
    }
    /// Sets `tags`.
    ///
    /// Sent as the query parameter `tags`.
    pub fn tags(mut self, value: Vec<String>) -> Self {
        self.tags = Some(value);
        self
    }
    /// Sets `codes`.
    ///
    /// Sent as the query parameter `codes`.
    pub fn codes(mut self, value: Vec<i64>) -> Self {
        self.codes = Some(value);
        self
    }
    /// Sets `range`.
    ///
    /// Sent as the query parameter `range`.
    pub fn range(mut self, value: crate::models::GetItemsIdRange) -> Self {
        self.range = Some(value);
        self
    }
    /// A Rust keyword.
    ///
    /// Sent as the query parameter `type`.
    pub fn type_(mut self, value: impl Into<String>) -> Self {
        self.type_ = Some(value.into());
        self
    }
    /// Collides with nothing: this operation has no body.
    ///
    /// Sent as the query parameter `body`.
    pub fn body2(mut self, value: impl Into<String>) -> Self {
        self.body2 = Some(value.into());
        self
    }
    /// Sets `X-Trace`.
    ///
    /// Sent as the header parameter `X-Trace`.
    pub fn x_trace(mut self, value: paygen_runtime::Uuid) -> Self {
        self.x_trace = Some(value);
        self
    }
    /// Sets `session`.
    ///
    /// Sent as the cookie parameter `session`.
    pub fn session(mut self, value: impl Into<String>) -> Self {
        self.session = Some(value.into());
        self
    }
    /// Collides with the builder's `send` after case conversion.
    ///
    /// Sent as the query parameter `Send`.
    pub fn send2(mut self, value: bool) -> Self {
        self.send2 = Some(value);
        self
    }
    /// Overrides the client's total timeout for this call.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's connect timeout for this call.
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.connect_timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this call.
    pub fn retry(mut self, policy: paygen_runtime::RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }
    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut query = Vec::new();
        if let Some(value) = &self.expand {
            query.push((
                "expand".to_string(),
                value
                    .iter()
                    .map(|item| item.to_param())
                    .collect::<Vec<_>>()
                    .join(","),
            ));
        }
        if let Some(value) = &self.filter_status {
            query.push(("filter[status]".to_string(), value.to_param()));
        }
        if let Some(value) = &self.tags {
            query.push((
                "tags".to_string(),
                value
                    .iter()
                    .map(|item| item.to_param())
                    .collect::<Vec<_>>()
                    .join(" "),
            ));
        }
        if let Some(value) = &self.codes {
            query.push((
                "codes".to_string(),
                value
                    .iter()
                    .map(|item| item.to_param())
                    .collect::<Vec<_>>()
                    .join("|"),
            ));
        }
        if let Some(value) = &self.range {
            query.extend(paygen_runtime::deep_object_pairs("range", value));
        }
        if let Some(value) = &self.type_ {
            query.push(("type".to_string(), value.to_param()));
        }
        if let Some(value) = &self.body2 {
            query.push(("body".to_string(), value.to_param()));
        }
        if let Some(value) = &self.send2 {
            query.push(("Send".to_string(), value.to_param()));
        }
        let mut headers = vec![(
            "Accept".to_string(),
            "application/json, application/xml".to_string(),
        )];
        headers.push((
            "Accept".to_string(),
            "application/json, application/xml".to_string(),
        ));
        if let Some(value) = &self.x_trace {
            headers.push(("X-Trace".to_string(), value.to_param()));
        }
        let mut cookies: Vec<String> = Vec::new();
        if let Some(value) = &self.session {
            cookies.push(format!("{}={}", "session", value.to_param()));
        }
        if !cookies.is_empty() {
            headers.push(("Cookie".to_string(), cookies.join("; ")));
        }
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/items/{id}",
            path: format!(
                "/items/{}",
                paygen_runtime::encode_path_segment(&self.id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::Item, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::Item>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_json(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `PATCH /items/{id}` call; finish it with [`send`](UpdateItem::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct UpdateItem<'a> {
    client: &'a Client,
    id: String,
    expand: Option<Vec<String>>,
    body: crate::models::ItemPatch,
    options: paygen_runtime::RequestOptions,
}
impl<'a> UpdateItem<'a> {
    /// Sets `expand`.
    ///
    /// Sent as the query parameter `expand`.
    pub fn expand(mut self, value: Vec<String>) -> Self {
        self.expand = Some(value);
        self
    }
    /// Overrides the client's total timeout for this call.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's connect timeout for this call.
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.connect_timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this call.
    pub fn retry(mut self, policy: paygen_runtime::RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }
    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut query = Vec::new();
        if let Some(value) = &self.expand {
            for item in value {
                query.push(("expand".to_string(), item.to_param()));
            }
        }
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::PATCH,
            path_template: "/items/{id}",
            path: format!(
                "/items/{}",
                paygen_runtime::encode_path_segment(&self.id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::UpdateItemResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::UpdateItemResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        let body = match raw.status.as_u16() {
            200 => crate::models::UpdateItemResponse::Ok(paygen_runtime::decode_json(&raw)?),
            204 => crate::models::UpdateItemResponse::NoContent,
            _ => return Err(paygen_runtime::api_error(raw)),
        };
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /items` call; finish it with [`send`](CreateItem::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateItem<'a> {
    client: &'a Client,
    body2: Option<String>,
    body: crate::models::ItemForm,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateItem<'a> {
    /// Collides with the body argument.
    ///
    /// Sent as the query parameter `body`.
    pub fn body2(mut self, value: impl Into<String>) -> Self {
        self.body2 = Some(value.into());
        self
    }
    /// Overrides the client's total timeout for this call.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's connect timeout for this call.
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.connect_timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this call.
    pub fn retry(mut self, policy: paygen_runtime::RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }
    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut query = Vec::new();
        if let Some(value) = &self.body2 {
            query.push(("body".to_string(), value.to_param()));
        }
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::POST,
            path_template: "/items",
            path: "/items".to_string(),
            query,
            headers,
            body: paygen_runtime::json_body(&self.body)?,
            security: &[],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::CreateItemResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::CreateItemResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        let body = match raw.status.as_u16() {
            201 => crate::models::CreateItemResponse::Created(paygen_runtime::decode_json(&raw)?),
            202 => crate::models::CreateItemResponse::Accepted(paygen_runtime::decode_json(&raw)?),
            _ => return Err(paygen_runtime::api_error(raw)),
        };
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /items` call; finish it with [`send`](CreateItemForm::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateItemForm<'a> {
    client: &'a Client,
    body2: Option<String>,
    body: crate::models::ItemForm,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateItemForm<'a> {
    /// Collides with the body argument.
    ///
    /// Sent as the query parameter `body`.
    pub fn body2(mut self, value: impl Into<String>) -> Self {
        self.body2 = Some(value.into());
        self
    }
    /// Overrides the client's total timeout for this call.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's connect timeout for this call.
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.connect_timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this call.
    pub fn retry(mut self, policy: paygen_runtime::RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }
    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut query = Vec::new();
        if let Some(value) = &self.body2 {
            query.push(("body".to_string(), value.to_param()));
        }
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::POST,
            path_template: "/items",
            path: "/items".to_string(),
            query,
            headers,
            body: paygen_runtime::form_body_encoded(
                &self.body,
                &[("metadata", paygen_runtime::FormStyle::DeepObject)],
            )?,
            security: &[],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<crate::models::CreateItemResponse, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<crate::models::CreateItemResponse>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        let body = match raw.status.as_u16() {
            201 => crate::models::CreateItemResponse::Created(paygen_runtime::decode_json(&raw)?),
            202 => crate::models::CreateItemResponse::Accepted(paygen_runtime::decode_json(&raw)?),
            _ => return Err(paygen_runtime::api_error(raw)),
        };
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `GET /items/{id}/document` call; finish it with [`send`](GetItemsIdDocument::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct GetItemsIdDocument<'a> {
    client: &'a Client,
    id: String,
    options: paygen_runtime::RequestOptions,
}
impl<'a> GetItemsIdDocument<'a> {
    /// Overrides the client's total timeout for this call.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's connect timeout for this call.
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.connect_timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this call.
    pub fn retry(mut self, policy: paygen_runtime::RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }
    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let query = Vec::new();
        let mut headers = vec![("Accept".to_string(), "application/octet-stream".to_string())];
        headers.push(("Accept".to_string(), "application/octet-stream".to_string()));
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::GET,
            path_template: "/items/{id}/document",
            path: format!(
                "/items/{}/document",
                paygen_runtime::encode_path_segment(&self.id.to_param())
            ),
            query,
            headers,
            body: paygen_runtime::RequestBody::Empty,
            security: &[],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<paygen_runtime::Bytes, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<paygen_runtime::Bytes>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = raw.body.clone();
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `PUT /items/{id}/document` call; finish it with [`send`](CreateItem2::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct CreateItem2<'a> {
    client: &'a Client,
    id: String,
    body: Option<paygen_runtime::Bytes>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> CreateItem2<'a> {
    /// Sets the request body.
    pub fn body(mut self, value: paygen_runtime::Bytes) -> Self {
        self.body = Some(value);
        self
    }
    /// Overrides the client's total timeout for this call.
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }
    /// Overrides the client's connect timeout for this call.
    pub fn connect_timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.connect_timeout = Some(timeout);
        self
    }
    /// Overrides the client's retry policy for this call.
    pub fn retry(mut self, policy: paygen_runtime::RetryPolicy) -> Self {
        self.options.retry = Some(policy);
        self
    }
    /// Adds a header to this call.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.options.headers.push((name.into(), value.into()));
        self
    }
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let query = Vec::new();
        let headers = Vec::new();
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::PUT,
            path_template: "/items/{id}/document",
            path: format!(
                "/items/{}/document",
                paygen_runtime::encode_path_segment(&self.id.to_param())
            ),
            query,
            headers,
            body: match &self.body {
                Some(body) => paygen_runtime::RequestBody::Bytes {
                    content_type: "application/octet-stream".to_string(),
                    data: Clone::clone(body),
                },
                None => paygen_runtime::RequestBody::Empty,
            },
            security: &[],
            idempotent: true,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<(), crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(self) -> Result<paygen_runtime::Response<()>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        Ok(paygen_runtime::Response::from_raw(&raw, ()))
    }
}
