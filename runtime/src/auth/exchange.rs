//! Token exchange: POST a JSON body to a path on the API host with other credentials (Basic),
//! read the token and its expiry from JSON pointers (`x-token-exchange`).

use super::simple::Basic;
use super::token::{
    instant_at, seconds_at, send_for_json, string_at, Grant, TokenCache, TokenLifetime,
};
use super::{endpoint_label, resolve_url, set_header, AuthContext, AuthProvider};
use crate::error::AuthError;
use crate::secret::Secret;
use futures::future::BoxFuture;
use serde_json::Value;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// How an absolute expiry is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExpiresFormat {
    /// Unix seconds (number or numeric string).
    UnixSeconds,
    /// An RFC 3339 date-time (an offset-less one is taken as UTC).
    Rfc3339,
}

#[derive(Clone, Debug)]
enum Expiry {
    None,
    At(String, ExpiresFormat),
    In(String),
}

/// Bearer token obtained by POSTing a JSON body to a path, cached until shortly before expiry.
#[derive(Debug)]
pub struct TokenExchange {
    path: String,
    body: Value,
    token_pointer: String,
    expiry: Expiry,
    credentials: Option<Arc<dyn AuthProvider>>,
    headers: Vec<(String, String)>,
    prefix: String,
    cache: TokenCache,
}

impl TokenExchange {
    /// POST `body` to `path` (on the API base URL, or absolute) and read the token at
    /// `token_pointer` (`/data/attributes/access_token`).
    pub fn new(path: impl Into<String>, body: Value, token_pointer: impl Into<String>) -> Self {
        TokenExchange {
            path: path.into(),
            body,
            token_pointer: token_pointer.into(),
            expiry: Expiry::None,
            credentials: None,
            headers: Vec::new(),
            prefix: "Bearer".into(),
            cache: TokenCache::default(),
        }
    }

    /// Authenticates the token request with HTTP Basic.
    pub fn basic(mut self, username: impl Into<String>, password: impl Into<Secret>) -> Self {
        self.credentials = Some(Arc::new(Basic::new(username, password)));
        self
    }

    /// Authenticates the token request with another provider (the scheme named in the spec).
    pub fn credentials(mut self, provider: Arc<dyn AuthProvider>) -> Self {
        self.credentials = Some(provider);
        self
    }

    /// Reads an absolute expiry at `pointer`.
    pub fn expires_at(mut self, pointer: impl Into<String>, format: ExpiresFormat) -> Self {
        self.expiry = Expiry::At(pointer.into(), format);
        self
    }

    /// Reads a lifetime in seconds at `pointer`.
    pub fn expires_in(mut self, pointer: impl Into<String>) -> Self {
        self.expiry = Expiry::In(pointer.into());
        self
    }

    /// Adds a header to the token request.
    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Scheme word before the token in `Authorization` (default `Bearer`).
    pub fn prefix(mut self, prefix: impl Into<String>) -> Self {
        self.prefix = prefix.into();
        self
    }

    /// Refresh this long before expiry instead of the default (10 % of the lifetime, at most 30 s).
    pub fn refresh_margin(mut self, margin: Duration) -> Self {
        self.cache.set_margin(margin);
        self
    }

    async fn fetch(&self, ctx: AuthContext<'_>) -> Result<Grant, AuthError> {
        let url = resolve_url(ctx.base_url, &self.path);
        let body = serde_json::to_vec(&self.body)
            .map_err(|e| AuthError::Config(format!("token request body: {e}")))?;
        let mut request = ctx
            .http
            .post(&url)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(reqwest::header::ACCEPT, "application/json")
            .body(body)
            .build()
            .map_err(|_| {
                AuthError::Config(format!("invalid token path {}", endpoint_label(&url)))
            })?;
        for (n, v) in &self.headers {
            set_header(&mut request, n, v)?;
        }
        if let Some(c) = &self.credentials {
            c.authorize(ctx, &mut request).await?;
        }
        let json = send_for_json(ctx.http, request).await?;
        let token = string_at(&json, &self.token_pointer).ok_or_else(|| {
            AuthError::InvalidTokenResponse {
                endpoint: endpoint_label(&url),
                what: format!("a token at {}", self.token_pointer),
            }
        })?;
        Ok(Grant {
            access: Secret::new(token),
            lifetime: lifetime(&json, &self.expiry),
            refresh: None,
        })
    }
}

fn lifetime(json: &Value, expiry: &Expiry) -> TokenLifetime {
    let l = match expiry {
        Expiry::None => return TokenLifetime::Unknown,
        Expiry::In(p) => seconds_at(json, p)
            .and_then(|s| Duration::try_from_secs_f64(s).ok())
            .map(TokenLifetime::ExpiresIn),
        Expiry::At(p, format) => {
            let strict = match format {
                ExpiresFormat::UnixSeconds => seconds_at(json, p).and_then(|s| {
                    SystemTime::UNIX_EPOCH.checked_add(Duration::try_from_secs_f64(s).ok()?)
                }),
                ExpiresFormat::Rfc3339 => json
                    .pointer(p)
                    .and_then(Value::as_str)
                    .and_then(|s| crate::DateTime::parse(s).parsed())
                    .and_then(|d| {
                        SystemTime::UNIX_EPOCH
                            .checked_add(Duration::from_secs(d.unix_timestamp().max(0) as u64))
                    }),
            };
            // Vendors drift between formats; accept the other one rather than fail.
            strict
                .or_else(|| instant_at(json, p))
                .map(TokenLifetime::ExpiresAt)
        }
    };
    l.unwrap_or_else(|| {
        tracing::warn!("token expiry missing or unreadable; the token is used until a 401");
        TokenLifetime::Unknown
    })
}

impl AuthProvider for TokenExchange {
    fn credentials(&self, out: &mut dyn FnMut(&str)) {
        if let Some(provider) = &self.credentials {
            provider.credentials(out);
        }
        if let Some(token) = self.cache.stale_access() {
            out(token.expose());
        }
        if let Some(token) = self.cache.refresh_token() {
            out(token.expose());
        }
    }

    fn authorize<'a>(
        &'a self,
        ctx: AuthContext<'a>,
        request: &'a mut reqwest::Request,
    ) -> BoxFuture<'a, Result<(), AuthError>> {
        Box::pin(async move {
            let token = self.cache.get_or_fetch(|_| self.fetch(ctx)).await?;
            let value = if self.prefix.is_empty() {
                token.expose().to_owned()
            } else {
                format!("{} {}", self.prefix, token.expose())
            };
            super::set_named_header(request, reqwest::header::AUTHORIZATION, &value)
        })
    }

    fn invalidate(&self) -> bool {
        self.cache.invalidate()
    }

    fn invalidate_sent(&self, sent: &reqwest::header::HeaderMap) -> bool {
        self.cache
            .invalidate_sent(&self.prefix, super::sent_header(sent, "authorization"))
    }
}
