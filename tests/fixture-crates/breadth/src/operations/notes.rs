use crate::client::{Call, Client};
use paygen_runtime::Response;
use std::future::Future;

/// The 7 operations tagged `notes`: `add_note`, `upload`, `replace_note`, `replace_note_bytes`, `replace_note_text`, `replace_note_markdown` and `import_items`.
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
    pub fn add_note(&self, body: impl Into<String>) -> AddNote<'a> {
        AddNote {
            call: Call::new(self.client),
            body: body.into(),
        }
    }

    /// POST /uploads
    ///
    /// `POST /uploads`
    ///
    /// # Arguments
    /// - `body`: the request body (multipart/form-data)
    pub fn upload(&self, body: impl Into<crate::models::UploadRequest>) -> Upload<'a> {
        Upload {
            call: Call::new(self.client),
            body: body.into(),
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
    /// - `id` (`id`): Text.
    pub fn replace_note(&self, id: impl Into<String>) -> ReplaceNote<'a> {
        ReplaceNote {
            call: Call::new(self.client),
            id: id.into(),
            body: None,
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
    /// - `id` (`id`): Text.
    pub fn replace_note_bytes(&self, id: impl Into<String>) -> ReplaceNoteBytes<'a> {
        ReplaceNoteBytes {
            call: Call::new(self.client),
            id: id.into(),
            body: None,
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
    /// - `id` (`id`): Text.
    pub fn replace_note_text(&self, id: impl Into<String>) -> ReplaceNoteText<'a> {
        ReplaceNoteText {
            call: Call::new(self.client),
            id: id.into(),
            body: None,
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
    /// - `id` (`id`): Text.
    pub fn replace_note_markdown(&self, id: impl Into<String>) -> ReplaceNoteMarkdown<'a> {
        ReplaceNoteMarkdown {
            call: Call::new(self.client),
            id: id.into(),
            body: None,
        }
    }

    /// POST /imports
    ///
    /// `POST /imports`
    ///
    /// # Arguments
    /// - `body`: the request body (application/x-www-form-urlencoded)
    pub fn import_items(
        &self,
        body: impl Into<crate::models::ImportItemsRequest>,
    ) -> ImportItems<'a> {
        ImportItems {
            call: Call::new(self.client),
            body: body.into(),
        }
    }
}

/// POST /notes
///
/// `POST /notes`, started by [`NotesApi::add_note`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct AddNote<'a> {
    call: Call<'a>,
    body: String,
}

impl<'a> AddNote<'a> {
    /// Sends the request and returns the decoded body: `.send().await`.
    #[inline]
    pub fn send(self) -> impl Future<Output = Result<String, crate::Error>> + 'a {
        self.call.clone().send(self)
    }

    /// Sends the request and returns the body with the status, headers and request id:
    /// `.send_with_response().await`.
    #[inline]
    pub fn send_with_response(
        self,
    ) -> impl Future<Output = Result<Response<String>, crate::Error>> + 'a {
        self.call.clone().send_with_response(self)
    }
}

impl paygen_runtime::CallOptions for AddNote<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for AddNote<'_> {
    type Output = String;
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/notes",
        security: &[],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.header("Accept", "text/plain");
        request.body = paygen_runtime::RequestBody::text("text/plain", &self.body);
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::decode_text)
    }
}

/// POST /uploads
///
/// `POST /uploads`, started by [`NotesApi::upload`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct Upload<'a> {
    call: Call<'a>,
    body: crate::models::UploadRequest,
}

impl<'a> Upload<'a> {
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

impl paygen_runtime::CallOptions for Upload<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for Upload<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/uploads",
        security: &[],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        let body = &self.body;
        let mut parts = paygen_runtime::multipart::Multipart::new();
        parts = parts.file("file", &body.file, None);
        parts = parts.text("purpose", &body.purpose);
        request.body = parts.build();
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}

/// PUT /notes/{id}
///
/// `PUT /notes/{id}`, started by [`NotesApi::replace_note`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ReplaceNote<'a> {
    call: Call<'a>,
    id: String,
    body: Option<crate::models::ReplaceNoteRequest>,
}

impl<'a> ReplaceNote<'a> {
    /// Request body, sent as `application/merge-patch+json`.
    pub fn body(mut self, value: impl Into<crate::models::ReplaceNoteRequest>) -> Self {
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

impl paygen_runtime::CallOptions for ReplaceNote<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ReplaceNote<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PUT,
        path: "/notes/{id}",
        security: &[],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("id", &self.id);
        if let Some(body) = &self.body {
            request.body = paygen_runtime::json_body(body)?;
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

/// PUT /notes/{id}
///
/// `PUT /notes/{id}`, started by [`NotesApi::replace_note_bytes`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ReplaceNoteBytes<'a> {
    call: Call<'a>,
    id: String,
    body: Option<paygen_runtime::Bytes>,
}

impl<'a> ReplaceNoteBytes<'a> {
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

impl paygen_runtime::CallOptions for ReplaceNoteBytes<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ReplaceNoteBytes<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PUT,
        path: "/notes/{id}",
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

/// PUT /notes/{id}
///
/// `PUT /notes/{id}`, started by [`NotesApi::replace_note_text`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ReplaceNoteText<'a> {
    call: Call<'a>,
    id: String,
    body: Option<String>,
}

impl<'a> ReplaceNoteText<'a> {
    /// Request body, sent as `text/plain`.
    pub fn body(mut self, value: impl Into<String>) -> Self {
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

impl paygen_runtime::CallOptions for ReplaceNoteText<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ReplaceNoteText<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PUT,
        path: "/notes/{id}",
        security: &[],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("id", &self.id);
        if let Some(body) = &self.body {
            request.body = paygen_runtime::RequestBody::text("text/plain", body);
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

/// PUT /notes/{id}
///
/// `PUT /notes/{id}`, started by [`NotesApi::replace_note_markdown`]. Set its optional parameters with the methods below, then `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ReplaceNoteMarkdown<'a> {
    call: Call<'a>,
    id: String,
    body: Option<String>,
}

impl<'a> ReplaceNoteMarkdown<'a> {
    /// Request body, sent as `text/markdown`.
    pub fn body(mut self, value: impl Into<String>) -> Self {
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

impl paygen_runtime::CallOptions for ReplaceNoteMarkdown<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ReplaceNoteMarkdown<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::PUT,
        path: "/notes/{id}",
        security: &[],
        idempotent: true,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.path_param("id", &self.id);
        if let Some(body) = &self.body {
            request.body = paygen_runtime::RequestBody::text("text/markdown", body);
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

/// POST /imports
///
/// `POST /imports`, started by [`NotesApi::import_items`]. Send it with `.send().await`; per-call options (timeout, deadline, retry, headers) come from [`CallOptions`](paygen_runtime::CallOptions).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until `.send().await`"]
pub struct ImportItems<'a> {
    call: Call<'a>,
    body: crate::models::ImportItemsRequest,
}

impl<'a> ImportItems<'a> {
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

impl paygen_runtime::CallOptions for ImportItems<'_> {
    #[inline]
    fn options_mut(&mut self) -> &mut paygen_runtime::RequestOptions {
        &mut self.call.options
    }
}

impl paygen_runtime::Operation for ImportItems<'_> {
    type Output = ();
    type ErrorBody = crate::ErrorBody;

    const ROUTE: paygen_runtime::Route = paygen_runtime::Route {
        method: paygen_runtime::Method::POST,
        path: "/imports",
        security: &[],
        idempotent: false,
    };

    #[inline]
    fn request(&self) -> Result<paygen_runtime::ApiRequest, crate::Error> {
        let mut request = paygen_runtime::ApiRequest::from_route(&Self::ROUTE);
        request.body = paygen_runtime::form_body_encoded(
            &self.body,
            &[
                ("meta", paygen_runtime::FormStyle::Json),
                ("ids", paygen_runtime::FormStyle::Comma),
                ("labels", paygen_runtime::FormStyle::PipeDelimited),
                ("filter", paygen_runtime::FormStyle::Exploded),
            ],
        )?;
        Ok(request)
    }

    #[inline]
    fn decode(
        raw: paygen_runtime::RawResponse,
    ) -> Result<paygen_runtime::Response<Self::Output>, crate::Error> {
        paygen_runtime::decode_success(raw, paygen_runtime::no_body)
    }
}
