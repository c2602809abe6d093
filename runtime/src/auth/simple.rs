//! Providers with fixed credentials: Basic, Bearer, API key, and request signing.

use super::{set_header, AuthContext, AuthProvider};
use crate::error::AuthError;
use crate::secret::Secret;
use base64::Engine;
use futures::future::BoxFuture;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::fmt;
use std::sync::Arc;
use std::time::SystemTime;

/// HTTP Basic credentials.
#[derive(Clone, Debug)]
pub struct Basic {
    username: String,
    password: Secret,
}

impl Basic {
    /// Basic credentials (for OAuth-style APIs: client id and secret).
    pub fn new(username: impl Into<String>, password: impl Into<Secret>) -> Self {
        Basic {
            username: username.into(),
            password: password.into(),
        }
    }

    pub(crate) fn header_value(username: &str, password: &str) -> String {
        let raw = format!("{username}:{password}");
        format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(raw)
        )
    }
}

impl AuthProvider for Basic {
    fn credentials(&self, out: &mut dyn FnMut(&str)) {
        out(self.password.expose());
        let header = Self::header_value(&self.username, self.password.expose());
        out(header.trim_start_matches("Basic "));
    }

    fn authorize<'a>(
        &'a self,
        _ctx: AuthContext<'a>,
        request: &'a mut reqwest::Request,
    ) -> BoxFuture<'a, Result<(), AuthError>> {
        let value = Self::header_value(&self.username, self.password.expose());
        Box::pin(
            async move { super::set_named_header(request, reqwest::header::AUTHORIZATION, &value) },
        )
    }
}

/// A fixed bearer token (`Authorization: Bearer <token>`).
#[derive(Clone, Debug)]
pub struct Bearer {
    token: Secret,
    /// The header value, built once rather than on every call; marked sensitive, so its Debug
    /// print is `Sensitive`. `None` when the token cannot be a header value.
    header: Option<reqwest::header::HeaderValue>,
}

impl Bearer {
    /// A fixed token, e.g. one obtained outside this client.
    pub fn new(token: impl Into<Secret>) -> Self {
        let token = token.into();
        let header = reqwest::header::HeaderValue::from_str(&format!("Bearer {}", token.expose()))
            .ok()
            .map(|mut value| {
                value.set_sensitive(true);
                value
            });
        Bearer { token, header }
    }
}

impl AuthProvider for Bearer {
    fn credentials(&self, out: &mut dyn FnMut(&str)) {
        out(self.token.expose());
    }

    fn authorize<'a>(
        &'a self,
        _ctx: AuthContext<'a>,
        request: &'a mut reqwest::Request,
    ) -> BoxFuture<'a, Result<(), AuthError>> {
        Box::pin(async move {
            match &self.header {
                Some(value) => {
                    let name = reqwest::header::AUTHORIZATION;
                    request.headers_mut().insert(name, value.clone());
                    Ok(())
                }
                // Same error as a token provider's invalid token (`set_bearer`).
                None => super::set_bearer(request, self.token.expose()),
            }
        })
    }
}

/// Where an API key travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ApiKeyLocation {
    /// In a request header.
    Header,
    /// In a query parameter.
    Query,
}

/// An API key in a header or query parameter, with an optional prefix (`TOKEN <key>`).
#[derive(Clone, Debug)]
pub struct ApiKey {
    location: ApiKeyLocation,
    name: String,
    key: Secret,
    prefix: Option<String>,
}

impl ApiKey {
    /// A key sent in header `name`.
    pub fn header(name: impl Into<String>, key: impl Into<Secret>) -> Self {
        ApiKey {
            location: ApiKeyLocation::Header,
            name: name.into(),
            key: key.into(),
            prefix: None,
        }
    }

    /// A key sent in query parameter `name`.
    pub fn query(name: impl Into<String>, key: impl Into<Secret>) -> Self {
        ApiKey {
            location: ApiKeyLocation::Query,
            name: name.into(),
            key: key.into(),
            prefix: None,
        }
    }

    /// Sends `<prefix> <key>` instead of the bare key.
    pub fn prefix(mut self, prefix: impl Into<String>) -> Self {
        let p = prefix.into();
        self.prefix = if p.is_empty() { None } else { Some(p) };
        self
    }
}

impl AuthProvider for ApiKey {
    fn credentials(&self, out: &mut dyn FnMut(&str)) {
        out(self.key.expose());
    }

    fn authorize<'a>(
        &'a self,
        _ctx: AuthContext<'a>,
        request: &'a mut reqwest::Request,
    ) -> BoxFuture<'a, Result<(), AuthError>> {
        Box::pin(async move {
            let value = match &self.prefix {
                Some(p) => format!("{p} {}", self.key.expose()),
                None => self.key.expose().to_owned(),
            };
            match self.location {
                ApiKeyLocation::Header => set_header(request, &self.name, &value),
                ApiKeyLocation::Query => {
                    request
                        .url_mut()
                        .query_pairs_mut()
                        .append_pair(&self.name, &value);
                    Ok(())
                }
            }
        })
    }
}

/// Signs a request in place (adds signature and timestamp headers). Implement it for a
/// vendor's signature scheme and wrap it in [`Signed`].
pub trait RequestSigner: Send + Sync + fmt::Debug {
    /// Adds the signature to `request`. The body, when not streamed, is `request.body()`.
    fn sign(&self, request: &mut reqwest::Request) -> Result<(), AuthError>;

    /// The signer's secrets and the keys it sends (see [`AuthProvider::credentials`]).
    fn credentials(&self, out: &mut dyn FnMut(&str)) {
        let _ = out;
    }
}

/// A provider that delegates to a [`RequestSigner`].
#[derive(Clone, Debug)]
pub struct Signed {
    signer: Arc<dyn RequestSigner>,
}

impl Signed {
    /// Wraps a signer.
    pub fn new(signer: Arc<dyn RequestSigner>) -> Self {
        Signed { signer }
    }
}

impl AuthProvider for Signed {
    fn credentials(&self, out: &mut dyn FnMut(&str)) {
        self.signer.credentials(out);
    }

    fn authorize<'a>(
        &'a self,
        _ctx: AuthContext<'a>,
        request: &'a mut reqwest::Request,
    ) -> BoxFuture<'a, Result<(), AuthError>> {
        Box::pin(async move { self.signer.sign(request) })
    }
}

/// How a signing timestamp is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimestampFormat {
    /// `2024-06-17T00:00:00Z`.
    Rfc3339,
    /// Unix seconds.
    UnixSeconds,
    /// `Mon, 17 Jun 2024 00:00:00 GMT`.
    HttpDate,
}

impl TimestampFormat {
    pub(crate) fn format(self, t: SystemTime) -> String {
        let secs = t
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        match self {
            TimestampFormat::UnixSeconds => secs.to_string(),
            TimestampFormat::HttpDate => httpdate::fmt_http_date(t),
            TimestampFormat::Rfc3339 => time::OffsetDateTime::from_unix_timestamp(secs as i64)
                .ok()
                .and_then(|d| {
                    d.format(&time::format_description::well_known::Rfc3339)
                        .ok()
                })
                .unwrap_or_default(),
        }
    }
}

/// HMAC-SHA256 request signer with a message template, base64 output.
///
/// Template placeholders: `{timestamp}` (also `{date}`), `{method}`, `{url}` (full URL with
/// query), `{path}` (path and query), `{body}` (UTF-8 body, empty when streamed).
/// Example (`x-signature`): template `"{date}|{method}|{url}|{body}"`, header
/// `Signature`, timestamp header `Date`, static header `API-Token`.
#[derive(Clone)]
pub struct HmacRequestSigner {
    secret: Secret,
    template: String,
    signature_header: String,
    timestamp_header: Option<(String, TimestampFormat)>,
    static_headers: Vec<(String, Secret)>,
    clock: fn() -> SystemTime,
}

impl fmt::Debug for HmacRequestSigner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HmacRequestSigner")
            .field("secret", &self.secret)
            .field("template", &self.template)
            .field("signature_header", &self.signature_header)
            .field("timestamp_header", &self.timestamp_header)
            .field(
                "static_headers",
                &self.static_headers.iter().map(|h| &h.0).collect::<Vec<_>>(),
            )
            .finish()
    }
}

impl HmacRequestSigner {
    /// Signs `template` with `secret`, writing base64 into `signature_header`.
    pub fn new(
        secret: impl Into<Secret>,
        template: impl Into<String>,
        signature_header: impl Into<String>,
    ) -> Self {
        HmacRequestSigner {
            secret: secret.into(),
            template: template.into(),
            signature_header: signature_header.into(),
            timestamp_header: None,
            static_headers: Vec::new(),
            clock: SystemTime::now,
        }
    }

    /// Sends the signing time in `header`, formatted as `format`.
    pub fn timestamp_header(mut self, header: impl Into<String>, format: TimestampFormat) -> Self {
        self.timestamp_header = Some((header.into(), format));
        self
    }

    /// Adds a fixed header (an API token identifying the key), never printed.
    pub fn static_header(mut self, name: impl Into<String>, value: impl Into<Secret>) -> Self {
        self.static_headers.push((name.into(), value.into()));
        self
    }

    /// Replaces the clock (tests).
    pub fn clock(mut self, clock: fn() -> SystemTime) -> Self {
        self.clock = clock;
        self
    }

    /// The message that is signed for `request` at time `timestamp` (already formatted).
    pub fn message(&self, request: &reqwest::Request, timestamp: &str) -> String {
        let url = request.url();
        let path = match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_owned(),
        };
        let body = request
            .body()
            .and_then(|b| b.as_bytes())
            .map(|b| String::from_utf8_lossy(b).into_owned())
            .unwrap_or_default();
        self.template
            .replace("{timestamp}", timestamp)
            .replace("{date}", timestamp)
            .replace("{method}", request.method().as_str())
            .replace("{url}", url.as_str())
            .replace("{path}", &path)
            .replace("{body}", &body)
    }
}

impl RequestSigner for HmacRequestSigner {
    fn credentials(&self, out: &mut dyn FnMut(&str)) {
        out(self.secret.expose());
        for (_, value) in &self.static_headers {
            out(value.expose());
        }
    }

    fn sign(&self, request: &mut reqwest::Request) -> Result<(), AuthError> {
        let format = self
            .timestamp_header
            .as_ref()
            .map(|t| t.1)
            .unwrap_or(TimestampFormat::Rfc3339);
        let ts = format.format((self.clock)());
        let message = self.message(request, &ts);
        let signature = hmac_sha256_base64(self.secret.expose().as_bytes(), message.as_bytes())?;
        if let Some((name, _)) = &self.timestamp_header {
            set_header(request, name, &ts)?;
        }
        for (name, value) in &self.static_headers {
            set_header(request, name, value.expose())?;
        }
        set_header(request, &self.signature_header, &signature)
    }
}

pub(crate) fn hmac_sha256_base64(key: &[u8], message: &[u8]) -> Result<String, AuthError> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key)
        .map_err(|_| AuthError::Signing("invalid HMAC key".into()))?;
    mac.update(message);
    Ok(base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes()))
}
