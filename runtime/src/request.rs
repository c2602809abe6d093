//! Requests and responses as generated code builds and reads them.

use crate::param::{encode_path_segment, ParamValue};
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
    /// Values this request sends that must not come back in its errors (see
    /// [`ApiRequest::sensitive_value`]).
    pub sensitive: crate::redact::Scrubber,
}

/// What the spec fixes about an operation's request, whatever its parameters: generated code
/// declares one per operation as [`Operation::ROUTE`](crate::Operation::ROUTE).
#[derive(Clone, Debug)]
pub struct Route {
    /// HTTP method.
    pub method: Method,
    /// The path as written in the spec, with `{name}` placeholders.
    pub path: &'static str,
    /// Security requirements: alternatives (any one) of scheme sets (all of them); empty = none.
    pub security: &'static [&'static [&'static str]],
    /// Safe to send twice: see [`ApiRequest::idempotent`].
    pub idempotent: bool,
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

    /// The request of a route before its parameters are set: the path still has its
    /// placeholders.
    pub fn from_route(route: &Route) -> Self {
        ApiRequest {
            method: route.method.clone(),
            path_template: route.path,
            path: route.path.to_string(),
            security: route.security,
            idempotent: route.idempotent,
            ..Default::default()
        }
    }

    /// Makes the request retry-safe when its JSON or form body carries a non-empty idempotency
    /// key at `pointer` (a JSON pointer, `/data/attributes/client_order_id`; a form body is
    /// matched on the pointer's last segment). Without the key the request keeps what its
    /// route says: a POST without a key is sent once.
    pub fn idempotent_with_key(&mut self, pointer: &str) {
        let present = match &self.body {
            RequestBody::Json(bytes) => serde_json::from_slice::<serde_json::Value>(bytes)
                .ok()
                .and_then(|body| body.pointer(pointer).map(has_value))
                .unwrap_or(false),
            RequestBody::Form(pairs) => {
                let name = pointer.rsplit('/').next().unwrap_or(pointer);
                pairs.iter().any(|(k, v)| k == name && !v.trim().is_empty())
            }
            _ => false,
        };
        self.idempotent |= present;
    }

    /// Fills the path's `{name}` placeholder with the value, percent-encoded as one segment.
    pub fn path_param(&mut self, name: &str, value: &(impl ParamValue + ?Sized)) {
        let segment = encode_path_segment(&value.to_param());
        // One pass, no pattern string built: this runs on every call.
        let mut filled = String::with_capacity(self.path.len() + segment.len());
        let mut rest = self.path.as_str();
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            match after
                .strip_prefix(name)
                .and_then(|tail| tail.strip_prefix('}'))
            {
                Some(tail) => {
                    filled.push_str(&rest[..open]);
                    filled.push_str(&segment);
                    rest = tail;
                }
                None => {
                    filled.push_str(&rest[..=open]);
                    rest = after;
                }
            }
        }
        filled.push_str(rest);
        self.path = filled;
    }

    /// Adds a query pair. A list is one comma-joined value (`style: form, explode: false`).
    pub fn query(&mut self, name: &str, value: &(impl ParamValue + ?Sized)) {
        self.query.push((name.to_string(), value.to_param()));
    }

    /// Adds one query pair per item (`explode: true`).
    pub fn query_each<T: ParamValue>(&mut self, name: &str, values: &[T]) {
        for value in values {
            self.query(name, value);
        }
    }

    /// Adds the items as one query value joined by `separator` (`spaceDelimited`,
    /// `pipeDelimited`).
    pub fn query_joined<T: ParamValue>(&mut self, name: &str, values: &[T], separator: &str) {
        let joined: Vec<String> = values.iter().map(ParamValue::to_param).collect();
        self.query.push((name.to_string(), joined.join(separator)));
    }

    /// Adds an object as `name[key]=value` pairs (`style: deepObject`).
    pub fn query_deep<T: serde::Serialize + ?Sized>(&mut self, name: &str, value: &T) {
        self.query.extend(crate::deep_object_pairs(name, value));
    }

    /// Adds a `style: form` parameter whose value is an object, a map, a union or any JSON
    /// value ([`crate::form_param_pairs`]: an exploded object is one pair per property).
    pub fn query_form<T: serde::Serialize + ?Sized>(
        &mut self,
        name: &str,
        value: &T,
        explode: bool,
    ) {
        self.query
            .extend(crate::form_param_pairs(name, value, explode));
    }

    /// Adds a header. A list is one comma-joined value.
    pub fn header(&mut self, name: &str, value: &(impl ParamValue + ?Sized)) {
        self.headers.push((name.to_string(), value.to_param()));
    }

    /// Marks a value this request sends as sensitive (a password, a card number): the errors of
    /// the call show `[redacted]` in its place, even when the server echoes it. Empty values are
    /// ignored.
    pub fn sensitive_value(&mut self, value: &str) {
        self.sensitive.add(value);
    }

    /// Marks a parameter value as sensitive: each string and number in it (see
    /// [`sensitive_value`](Self::sensitive_value)).
    pub fn sensitive_param<T: serde::Serialize + ?Sized>(&mut self, value: &T) {
        let sensitive = &mut self.sensitive;
        crate::redact::values_of(value, &mut |v| sensitive.add(v));
    }

    /// Marks every sensitive value `value` holds (generated request models with sensitive
    /// fields implement [`SensitiveValues`](crate::redact::SensitiveValues)).
    pub fn sensitive_values_of<T: crate::redact::SensitiveValues + ?Sized>(&mut self, value: &T) {
        let sensitive = &mut self.sensitive;
        value.sensitive_values(&mut |v| sensitive.add(v));
    }

    /// Adds a cookie; cookies set one after another share one `Cookie` header.
    pub fn cookie(&mut self, name: &str, value: &(impl ParamValue + ?Sized)) {
        let pair = format!("{name}={}", value.to_param());
        match self.headers.last_mut() {
            Some((header, cookies)) if header == "Cookie" => {
                cookies.push_str("; ");
                cookies.push_str(&pair);
            }
            _ => self.headers.push(("Cookie".to_string(), pair)),
        }
    }
}

/// A key that identifies the request: a non-blank string or a number.
fn has_value(v: &serde_json::Value) -> bool {
    match v {
        serde_json::Value::String(s) => !s.trim().is_empty(),
        serde_json::Value::Number(_) => true,
        _ => false,
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
    /// Raw bytes sent as `content_type`.
    pub fn bytes(content_type: &str, data: &Bytes) -> Self {
        RequestBody::Bytes {
            content_type: content_type.to_string(),
            data: data.clone(),
        }
    }

    /// Text sent as `content_type`.
    pub fn text(content_type: &str, data: &str) -> Self {
        RequestBody::Text {
            content_type: content_type.to_string(),
            data: data.to_string(),
        }
    }

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
    /// Time limit of the whole call (all attempts and the waits between them), instead of the
    /// client's.
    pub deadline: Option<Duration>,
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

#[cfg(test)]
mod tests {
    use super::{ApiRequest, Method, Route};

    const ROUTE: Route = Route {
        method: Method::GET,
        path: "/shops/{shop_id}/items/{id}",
        security: &[&["bearerAuth"]],
        idempotent: true,
    };

    #[test]
    fn a_route_becomes_a_request_with_its_placeholders_filled_and_encoded() {
        let mut request = ApiRequest::from_route(&ROUTE);
        assert_eq!(request.path, "/shops/{shop_id}/items/{id}");
        request.path_param("id", "a/b c");
        assert_eq!(request.path, "/shops/{shop_id}/items/a%2Fb%20c");
        // A value that looks like a placeholder is encoded, so it cannot be filled again.
        request.path_param("shop_id", "{id}");
        assert_eq!(request.path, "/shops/%7Bid%7D/items/a%2Fb%20c");
        // Every occurrence is filled; a longer name sharing the prefix is not.
        let mut twice = ApiRequest::new(Method::GET, "/{a}/{ab}/{a}", "/{a}/{ab}/{a}");
        twice.path_param("a", &7);
        assert_eq!(twice.path, "/7/{ab}/7");
        assert_eq!(request.path_template, ROUTE.path);
        assert_eq!(request.method, Method::GET);
        assert_eq!(request.security, ROUTE.security);
        assert!(request.idempotent);
    }

    #[test]
    fn an_idempotency_key_makes_a_request_retry_safe_only_when_present() {
        const POST: Route = Route {
            method: Method::POST,
            path: "/orders",
            security: &[],
            idempotent: false,
        };
        let with = |body: serde_json::Value| {
            let mut request = ApiRequest::from_route(&POST);
            request.body = super::RequestBody::Json(serde_json::to_vec(&body).unwrap());
            request.idempotent_with_key("/data/attributes/client_order_id");
            request.idempotent
        };
        assert!(with(
            serde_json::json!({"data": {"attributes": {"client_order_id": "o-1"}}})
        ));
        assert!(!with(
            serde_json::json!({"data": {"attributes": {"client_order_id": ""}}})
        ));
        assert!(!with(
            serde_json::json!({"data": {"attributes": {"client_order_id": "  "}}})
        ));
        assert!(!with(serde_json::json!({"data": {"attributes": {}}})));
        assert!(!with(
            serde_json::json!({"data": {"attributes": {"client_order_id": null}}})
        ));
        let mut form = ApiRequest::from_route(&POST);
        form.body = super::RequestBody::Form(vec![("client_order_id".into(), "o-1".into())]);
        form.idempotent_with_key("/client_order_id");
        assert!(form.idempotent);
        let mut empty = ApiRequest::from_route(&POST);
        empty.idempotent_with_key("/client_order_id");
        assert!(!empty.idempotent);
    }

    #[test]
    fn query_values_follow_their_style() {
        let mut request = ApiRequest::from_route(&ROUTE);
        request.query("page", &2);
        request.query("ids", &vec![1, 2]);
        request.query_each("tag", &["a".to_string(), "b".to_string()]);
        request.query_joined("sort", &["x", "y"], "|");
        request.query_deep("filter", &serde_json::json!({"min": 1}));
        let pairs: Vec<(&str, &str)> = request
            .query
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("page", "2"),
                ("ids", "1,2"),
                ("tag", "a"),
                ("tag", "b"),
                ("sort", "x|y"),
                ("filter[min]", "1"),
            ]
        );
    }

    #[test]
    fn cookies_set_in_a_row_share_one_header() {
        let mut request = ApiRequest::from_route(&ROUTE);
        request.header("Accept", "application/pdf");
        request.cookie("session", "s1");
        request.cookie("ids", &vec![1, 2]);
        assert_eq!(
            request.headers,
            [
                ("Accept".to_string(), "application/pdf".to_string()),
                ("Cookie".to_string(), "session=s1; ids=1,2".to_string()),
            ]
        );
    }
}
