//! Requests and responses as generated code builds and reads them.

use crate::retry::RetryPolicy;
use bytes::Bytes;
use reqwest::header::HeaderMap;
use reqwest::{Method, StatusCode};
use std::fmt;
use std::time::Duration;

/// One API call, as built by generated code.
#[derive(Clone, Default)]
pub struct ApiRequest {
    /// HTTP method.
    pub method: Method,
    /// The path as written in the spec (`/brands/{id}`), for tracing.
    pub path_template: &'static str,
    /// The path with parameters substituted and encoded, starting with `/`.
    pub path: String,
    /// Query pairs, stringified but not yet encoded.
    pub query: Vec<(String, String)>,
    /// Extra headers.
    pub headers: Vec<(String, String)>,
    /// The body.
    pub body: RequestBody,
    /// Security requirements: alternatives (any one) of scheme sets (all of them); empty = none.
    pub security: &'static [&'static [&'static str]],
    /// Safe to send twice: enables retries on 408/429/502/503/504, connection errors, timeouts.
    pub idempotent: bool,
    /// Per-call overrides.
    pub options: RequestOptions,
}

impl ApiRequest {
    /// A request with no query, headers, body or security.
    pub fn new(method: Method, path_template: &'static str, path: impl Into<String>) -> Self {
        ApiRequest {
            method,
            path_template,
            path: path.into(),
            ..Default::default()
        }
    }
}

// Bodies and header values may hold credentials (login bodies, Authorization overrides),
// so Debug shows their shape only.
impl fmt::Debug for ApiRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiRequest")
            .field("method", &self.method)
            .field("path_template", &self.path_template)
            .field(
                "query_names",
                &self.query.iter().map(|q| &q.0).collect::<Vec<_>>(),
            )
            .field(
                "header_names",
                &self.headers.iter().map(|h| &h.0).collect::<Vec<_>>(),
            )
            .field("body", &self.body)
            .field("security", &self.security)
            .field("idempotent", &self.idempotent)
            .field("options", &self.options)
            .finish()
    }
}

/// A request body.
#[derive(Clone, Default)]
pub enum RequestBody {
    /// No body.
    #[default]
    Empty,
    /// Serialized JSON, sent as `application/json`.
    Json(Vec<u8>),
    /// `application/x-www-form-urlencoded` pairs.
    Form(Vec<(String, String)>),
    /// `multipart/form-data` parts.
    Multipart(Vec<MultipartPart>),
    /// Raw bytes with a content type.
    Bytes {
        /// Content type.
        content_type: String,
        /// The bytes.
        data: Bytes,
    },
    /// Text with a content type.
    Text {
        /// Content type.
        content_type: String,
        /// The text.
        data: String,
    },
}

impl RequestBody {
    /// The body's bytes when they are known before sending (not multipart).
    pub fn len(&self) -> usize {
        match self {
            RequestBody::Empty => 0,
            RequestBody::Json(v) => v.len(),
            RequestBody::Form(p) => p.iter().map(|(k, v)| k.len() + v.len() + 2).sum(),
            RequestBody::Multipart(p) => p.len(),
            RequestBody::Bytes { data, .. } => data.len(),
            RequestBody::Text { data, .. } => data.len(),
        }
    }

    /// True for [`RequestBody::Empty`] and zero-length bodies.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl fmt::Debug for RequestBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RequestBody::Empty => f.write_str("Empty"),
            RequestBody::Json(v) => write!(f, "Json({} bytes)", v.len()),
            RequestBody::Form(p) => write!(f, "Form({} fields)", p.len()),
            RequestBody::Multipart(p) => write!(f, "Multipart({} parts)", p.len()),
            RequestBody::Bytes { content_type, data } => {
                write!(f, "Bytes({content_type}, {} bytes)", data.len())
            }
            RequestBody::Text { content_type, data } => {
                write!(f, "Text({content_type}, {} bytes)", data.len())
            }
        }
    }
}

/// One part of a multipart body.
#[derive(Clone, Debug)]
pub struct MultipartPart {
    /// Field name.
    pub name: String,
    /// Field value.
    pub value: MultipartValue,
}

/// The value of a multipart part.
#[derive(Clone)]
pub enum MultipartValue {
    /// A text field.
    Text(String),
    /// A file.
    File {
        /// File name sent in `Content-Disposition`.
        file_name: Option<String>,
        /// Content type of the part.
        content_type: Option<String>,
        /// The content.
        data: Bytes,
    },
}

impl fmt::Debug for MultipartValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MultipartValue::Text(t) => write!(f, "Text({} bytes)", t.len()),
            MultipartValue::File {
                file_name,
                content_type,
                data,
            } => write!(
                f,
                "File({file_name:?}, {content_type:?}, {} bytes)",
                data.len()
            ),
        }
    }
}

/// Per-call overrides of the client's settings.
#[derive(Clone, Debug, Default)]
pub struct RequestOptions {
    /// Total time limit for this call (each attempt), instead of the client's.
    pub timeout: Option<Duration>,
    /// Time allowed to open a connection for this call, instead of the client's. reqwest sets
    /// connect timeouts per client, so the runtime keeps one extra client per distinct value;
    /// with an injected `reqwest::Client` this is a configuration error.
    pub connect_timeout: Option<Duration>,
    /// Retry policy for this call, instead of the client's.
    pub retry: Option<RetryPolicy>,
    /// Extra headers for this call.
    pub headers: Vec<(String, String)>,
}

/// A response as received, before decoding. Returned for every status; generated code
/// decides what is an error.
#[derive(Clone)]
pub struct RawResponse {
    /// HTTP status.
    pub status: StatusCode,
    /// Response headers.
    pub headers: HeaderMap,
    /// The whole body.
    pub body: Bytes,
    /// The value of the request-id header, when present.
    pub request_id: Option<String>,
}

impl fmt::Debug for RawResponse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawResponse")
            .field("status", &self.status)
            .field("request_id", &self.request_id)
            .field("body", &crate::error::excerpt(&self.body))
            .finish_non_exhaustive()
    }
}

/// A decoded response with its status and headers.
#[derive(Clone, Debug)]
pub struct Response<T> {
    /// HTTP status.
    pub status: StatusCode,
    /// Response headers.
    pub headers: HeaderMap,
    /// The value of the request-id header, when present.
    pub request_id: Option<String>,
    /// The decoded body.
    pub body: T,
}

impl<T> Response<T> {
    /// Pairs a decoded body with the status and headers of `raw` (moved, not copied: most calls
    /// drop them right after).
    pub fn from_raw(raw: RawResponse, body: T) -> Self {
        Response {
            status: raw.status,
            headers: raw.headers,
            request_id: raw.request_id,
            body,
        }
    }

    /// The decoded body.
    pub fn into_body(self) -> T {
        self.body
    }
}
