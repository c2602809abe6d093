use crate::client::Client;

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
    pub fn add_note(&self, body: String) -> crate::client::Call<'a, AddNote> {
        crate::client::Call::new(self.client, AddNote { body })
    }

    /// POST /uploads
    ///
    /// `POST /uploads`
    ///
    /// # Arguments
    /// - `body`: the request body (multipart/form-data)
    pub fn upload(&self, body: crate::models::UploadRequest) -> crate::client::Call<'a, Upload> {
        crate::client::Call::new(self.client, Upload { body })
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
    pub fn replace_note(&self, id: impl Into<String>) -> crate::client::Call<'a, ReplaceNote> {
        crate::client::Call::new(
            self.client,
            ReplaceNote {
                id: id.into(),
                body: None,
            },
        )
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
    pub fn replace_note_bytes(
        &self,
        id: impl Into<String>,
    ) -> crate::client::Call<'a, ReplaceNoteBytes> {
        crate::client::Call::new(
            self.client,
            ReplaceNoteBytes {
                id: id.into(),
                body: None,
            },
        )
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
    pub fn replace_note_text(
        &self,
        id: impl Into<String>,
    ) -> crate::client::Call<'a, ReplaceNoteText> {
        crate::client::Call::new(
            self.client,
            ReplaceNoteText {
                id: id.into(),
                body: None,
            },
        )
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
    pub fn replace_note_markdown(
        &self,
        id: impl Into<String>,
    ) -> crate::client::Call<'a, ReplaceNoteMarkdown> {
        crate::client::Call::new(
            self.client,
            ReplaceNoteMarkdown {
                id: id.into(),
                body: None,
            },
        )
    }

    /// POST /imports
    ///
    /// `POST /imports`
    ///
    /// # Arguments
    /// - `body`: the request body (application/x-www-form-urlencoded)
    pub fn import_items(
        &self,
        body: crate::models::ImportItemsRequest,
    ) -> crate::client::Call<'a, ImportItems> {
        crate::client::Call::new(self.client, ImportItems { body })
    }
}

/// The parameters of `POST /notes`, set on the [`Call`](crate::client::Call) that [`add_note`](NotesApi::add_note) returns.
#[derive(Clone, Debug)]
pub struct AddNote {
    body: String,
}

impl paygen_runtime::Operation for AddNote {
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

/// The parameters of `POST /uploads`, set on the [`Call`](crate::client::Call) that [`upload`](NotesApi::upload) returns.
#[derive(Clone, Debug)]
pub struct Upload {
    body: crate::models::UploadRequest,
}

impl paygen_runtime::Operation for Upload {
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

/// The parameters of `PUT /notes/{id}`, set on the [`Call`](crate::client::Call) that [`replace_note`](NotesApi::replace_note) returns.
#[derive(Clone, Debug)]
pub struct ReplaceNote {
    id: String,
    body: Option<crate::models::ReplaceNoteRequest>,
}

impl crate::client::Call<'_, ReplaceNote> {
    /// Sets the request body.
    pub fn body(mut self, value: crate::models::ReplaceNoteRequest) -> Self {
        self.op.body = Some(value);
        self
    }
}

impl paygen_runtime::Operation for ReplaceNote {
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

/// The parameters of `PUT /notes/{id}`, set on the [`Call`](crate::client::Call) that [`replace_note_bytes`](NotesApi::replace_note_bytes) returns.
#[derive(Clone, Debug)]
pub struct ReplaceNoteBytes {
    id: String,
    body: Option<paygen_runtime::Bytes>,
}

impl crate::client::Call<'_, ReplaceNoteBytes> {
    /// Sets the request body.
    pub fn body(mut self, value: paygen_runtime::Bytes) -> Self {
        self.op.body = Some(value);
        self
    }
}

impl paygen_runtime::Operation for ReplaceNoteBytes {
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

/// The parameters of `PUT /notes/{id}`, set on the [`Call`](crate::client::Call) that [`replace_note_text`](NotesApi::replace_note_text) returns.
#[derive(Clone, Debug)]
pub struct ReplaceNoteText {
    id: String,
    body: Option<String>,
}

impl crate::client::Call<'_, ReplaceNoteText> {
    /// Sets the request body.
    pub fn body(mut self, value: String) -> Self {
        self.op.body = Some(value);
        self
    }
}

impl paygen_runtime::Operation for ReplaceNoteText {
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

/// The parameters of `PUT /notes/{id}`, set on the [`Call`](crate::client::Call) that [`replace_note_markdown`](NotesApi::replace_note_markdown) returns.
#[derive(Clone, Debug)]
pub struct ReplaceNoteMarkdown {
    id: String,
    body: Option<String>,
}

impl crate::client::Call<'_, ReplaceNoteMarkdown> {
    /// Sets the request body.
    pub fn body(mut self, value: String) -> Self {
        self.op.body = Some(value);
        self
    }
}

impl paygen_runtime::Operation for ReplaceNoteMarkdown {
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

/// The parameters of `POST /imports`, set on the [`Call`](crate::client::Call) that [`import_items`](NotesApi::import_items) returns.
#[derive(Clone, Debug)]
pub struct ImportItems {
    body: crate::models::ImportItemsRequest,
}

impl paygen_runtime::Operation for ImportItems {
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
