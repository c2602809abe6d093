use crate::client::Client;
#[allow(unused_imports)]
use paygen_runtime::ParamValue;
/// Operations tagged `notes`.
#[derive(Clone, Copy, Debug)]
pub struct NotesApi<'a> {
    pub(crate) client: &'a Client,
}
impl<'a> NotesApi<'a> {
    /// POST /notes
    ///
    /// `POST /notes`
    ///
    /// # Arguments
    /// - `body`: the request body (text/plain)
    pub fn add_note(&self, body: String) -> AddNote<'a> {
        AddNote {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// POST /uploads
    ///
    /// `POST /uploads`
    ///
    /// # Arguments
    /// - `body`: the request body (multipart/form-data)
    pub fn upload(&self, body: crate::models::UploadRequest) -> Upload<'a> {
        Upload {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// PUT /notes/{id}
    ///
    /// An optional body in four media types, two of them text.
    ///
    /// The body can also be sent as `application/octet-stream` with `replace_note_bytes`, `text/plain` with `replace_note_text`, `text/markdown` with `replace_note_markdown`.
    ///
    /// `PUT /notes/{id}`
    ///
    /// # Arguments
    /// - `id` (`id`):
    pub fn replace_note(&self, id: impl Into<String>) -> ReplaceNote<'a> {
        ReplaceNote {
            client: self.client,
            id: id.into(),
            body: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// PUT /notes/{id}
    ///
    /// An optional body in four media types, two of them text.
    ///
    /// Sends the body as `application/octet-stream`; `replace_note` sends it as `application/merge-patch+json`.
    ///
    /// `PUT /notes/{id}`
    ///
    /// # Arguments
    /// - `id` (`id`):
    pub fn replace_note_bytes(&self, id: impl Into<String>) -> ReplaceNoteBytes<'a> {
        ReplaceNoteBytes {
            client: self.client,
            id: id.into(),
            body: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// PUT /notes/{id}
    ///
    /// An optional body in four media types, two of them text.
    ///
    /// Sends the body as `text/plain`; `replace_note` sends it as `application/merge-patch+json`.
    ///
    /// `PUT /notes/{id}`
    ///
    /// # Arguments
    /// - `id` (`id`):
    pub fn replace_note_text(&self, id: impl Into<String>) -> ReplaceNoteText<'a> {
        ReplaceNoteText {
            client: self.client,
            id: id.into(),
            body: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// PUT /notes/{id}
    ///
    /// An optional body in four media types, two of them text.
    ///
    /// Sends the body as `text/markdown`; `replace_note` sends it as `application/merge-patch+json`.
    ///
    /// `PUT /notes/{id}`
    ///
    /// # Arguments
    /// - `id` (`id`):
    pub fn replace_note_markdown(&self, id: impl Into<String>) -> ReplaceNoteMarkdown<'a> {
        ReplaceNoteMarkdown {
            client: self.client,
            id: id.into(),
            body: None,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
    /// POST /imports
    ///
    /// `POST /imports`
    ///
    /// # Arguments
    /// - `body`: the request body (application/x-www-form-urlencoded)
    pub fn import_items(&self, body: crate::models::ImportItemsRequest) -> ImportItems<'a> {
        ImportItems {
            client: self.client,
            body,
            options: paygen_runtime::RequestOptions::default(),
        }
    }
}
/// A prepared `POST /notes` call; finish it with [`send`](AddNote::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AddNote<'a> {
    client: &'a Client,
    body: String,
    options: paygen_runtime::RequestOptions,
}
impl<'a> AddNote<'a> {
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
        let mut headers = vec![("Accept".to_string(), "text/plain".to_string())];
        headers.push(("Accept".to_string(), "text/plain".to_string()));
        Ok(paygen_runtime::ApiRequest {
            method: paygen_runtime::Method::POST,
            path_template: "/notes",
            path: "/notes".to_string(),
            query,
            headers,
            body: paygen_runtime::RequestBody::Text {
                content_type: "text/plain".to_string(),
                data: Clone::clone(&self.body),
            },
            security: &[],
            idempotent: false,
            options: self.options.clone(),
        })
    }
    /// Sends the request and returns the decoded body.
    pub async fn send(self) -> Result<String, crate::Error> {
        self.send_with_response()
            .await
            .map(paygen_runtime::Response::into_body)
    }
    /// Sends the request and returns the body with the status, headers and request id.
    pub async fn send_with_response(
        self,
    ) -> Result<paygen_runtime::Response<String>, crate::Error> {
        let request = self.request()?;
        let raw = self.client.core().execute(request).await?;
        if !raw.status.is_success() {
            return Err(paygen_runtime::api_error(raw));
        }
        let body = paygen_runtime::decode_text(&raw)?;
        Ok(paygen_runtime::Response::from_raw(&raw, body))
    }
}
/// A prepared `POST /uploads` call; finish it with [`send`](Upload::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct Upload<'a> {
    client: &'a Client,
    body: crate::models::UploadRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> Upload<'a> {
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
            method: paygen_runtime::Method::POST,
            path_template: "/uploads",
            path: "/uploads".to_string(),
            query,
            headers,
            body: {
                let body = &self.body;
                let mut parts = paygen_runtime::multipart::Multipart::new();
                parts = parts.file("file", &body.file, None);
                parts = parts.text("purpose", &body.purpose);
                parts.build()
            },
            security: &[],
            idempotent: false,
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
/// A prepared `PUT /notes/{id}` call; finish it with [`send`](ReplaceNote::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ReplaceNote<'a> {
    client: &'a Client,
    id: String,
    body: Option<crate::models::ReplaceNoteRequest>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ReplaceNote<'a> {
    /// Sets the request body.
    pub fn body(mut self, value: crate::models::ReplaceNoteRequest) -> Self {
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
            path_template: "/notes/{id}",
            path: format!(
                "/notes/{}",
                paygen_runtime::encode_path_segment(&self.id.to_param())
            ),
            query,
            headers,
            body: match &self.body {
                Some(body) => paygen_runtime::json_body(body)?,
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
/// A prepared `PUT /notes/{id}` call; finish it with [`send`](ReplaceNoteBytes::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ReplaceNoteBytes<'a> {
    client: &'a Client,
    id: String,
    body: Option<paygen_runtime::Bytes>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ReplaceNoteBytes<'a> {
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
            path_template: "/notes/{id}",
            path: format!(
                "/notes/{}",
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
/// A prepared `PUT /notes/{id}` call; finish it with [`send`](ReplaceNoteText::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ReplaceNoteText<'a> {
    client: &'a Client,
    id: String,
    body: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ReplaceNoteText<'a> {
    /// Sets the request body.
    pub fn body(mut self, value: String) -> Self {
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
            path_template: "/notes/{id}",
            path: format!(
                "/notes/{}",
                paygen_runtime::encode_path_segment(&self.id.to_param())
            ),
            query,
            headers,
            body: match &self.body {
                Some(body) => paygen_runtime::RequestBody::Text {
                    content_type: "text/plain".to_string(),
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
/// A prepared `PUT /notes/{id}` call; finish it with [`send`](ReplaceNoteMarkdown::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ReplaceNoteMarkdown<'a> {
    client: &'a Client,
    id: String,
    body: Option<String>,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ReplaceNoteMarkdown<'a> {
    /// Sets the request body.
    pub fn body(mut self, value: String) -> Self {
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
            path_template: "/notes/{id}",
            path: format!(
                "/notes/{}",
                paygen_runtime::encode_path_segment(&self.id.to_param())
            ),
            query,
            headers,
            body: match &self.body {
                Some(body) => paygen_runtime::RequestBody::Text {
                    content_type: "text/markdown".to_string(),
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
/// A prepared `POST /imports` call; finish it with [`send`](ImportItems::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ImportItems<'a> {
    client: &'a Client,
    body: crate::models::ImportItemsRequest,
    options: paygen_runtime::RequestOptions,
}
impl<'a> ImportItems<'a> {
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
            method: paygen_runtime::Method::POST,
            path_template: "/imports",
            path: "/imports".to_string(),
            query,
            headers,
            body: paygen_runtime::form_body_encoded(
                &self.body,
                &[
                    ("meta", paygen_runtime::FormStyle::Json),
                    ("ids", paygen_runtime::FormStyle::Comma),
                    ("labels", paygen_runtime::FormStyle::PipeDelimited),
                    ("filter", paygen_runtime::FormStyle::Exploded),
                ],
            )?,
            security: &[],
            idempotent: false,
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
