//! OAuth2 client-credentials and password grants, with refresh-token rotation.

use super::simple::Basic;
use super::token::{seconds_at, send_for_json, string_at, Grant, TokenCache, TokenLifetime};
use super::{endpoint_label, resolve_url, set_bearer, AuthContext, AuthProvider};
use crate::error::AuthError;
use crate::secret::Secret;
use futures::future::BoxFuture;
use serde_json::Value;
use std::time::Duration;

/// How the client id and secret travel to the token endpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ClientAuth {
    /// HTTP Basic (`client_secret_basic`).
    Basic,
    /// In the form body (`client_secret_post`), the default.
    #[default]
    Body,
}

/// What is shared by both grants.
#[derive(Debug)]
struct OAuth2 {
    token_url: String,
    client_id: String,
    client_secret: Secret,
    client_auth: ClientAuth,
    scope: Option<String>,
    cache: TokenCache,
}

impl OAuth2 {
    /// The client secret and the tokens held (see [`AuthProvider::credentials`]).
    fn credentials(&self, out: &mut dyn FnMut(&str)) {
        out(self.client_secret.expose());
        if let Some(token) = self.cache.stale_access() {
            out(token.expose());
        }
        if let Some(token) = self.cache.refresh_token() {
            out(token.expose());
        }
    }

    fn new(token_url: String, client_id: String, client_secret: Secret) -> Self {
        OAuth2 {
            token_url,
            client_id,
            client_secret,
            client_auth: ClientAuth::default(),
            scope: None,
            cache: TokenCache::default(),
        }
    }

    /// POSTs a form to the token endpoint; `fields` are the grant-specific fields.
    async fn request(
        &self,
        ctx: AuthContext<'_>,
        fields: Vec<(&str, &str)>,
        previous_refresh: Option<Secret>,
    ) -> Result<Grant, AuthError> {
        let url = resolve_url(ctx.base_url, &self.token_url);
        let mut form = fields;
        if self.client_auth == ClientAuth::Body {
            form.push(("client_id", &self.client_id));
            form.push(("client_secret", self.client_secret.expose()));
        }
        let mut builder = ctx
            .http
            .post(&url)
            .header(reqwest::header::ACCEPT, "application/json")
            .form(&form);
        if self.client_auth == ClientAuth::Basic {
            let mut v = reqwest::header::HeaderValue::from_str(&Basic::header_value(
                &self.client_id,
                self.client_secret.expose(),
            ))
            .map_err(|_| AuthError::Config("client credentials are not valid ASCII".into()))?;
            v.set_sensitive(true);
            builder = builder.header(reqwest::header::AUTHORIZATION, v);
        }
        let request = builder.build().map_err(|_| {
            AuthError::Config(format!("invalid token URL {}", endpoint_label(&url)))
        })?;
        let body = send_for_json(ctx.http, request).await?;
        parse_token_response(&body, &url, previous_refresh)
    }

    /// Refresh grant when a refresh token exists, falling back to `primary` when it fails.
    async fn token(
        &self,
        ctx: AuthContext<'_>,
        primary: Vec<(&str, &str)>,
    ) -> Result<Secret, AuthError> {
        self.cache
            .get_or_fetch(|refresh| async move {
                if let Some(rt) = refresh {
                    let fields = vec![
                        ("grant_type", "refresh_token"),
                        ("refresh_token", rt.expose()),
                    ];
                    match self.request(ctx, fields, Some(rt.clone())).await {
                        Ok(g) => return Ok(g),
                        // The error may quote the endpoint's answer: keep it out of the logs.
                        Err(_) => tracing::debug!("refresh grant failed; requesting a new token"),
                    }
                }
                let mut fields = primary;
                if let Some(s) = &self.scope {
                    fields.push(("scope", s));
                }
                self.request(ctx, fields, None).await
            })
            .await
    }
}

/// Reads a standard OAuth2 token response (`access_token`, `expires_in`, `refresh_token`).
fn parse_token_response(
    body: &Value,
    url: &str,
    previous_refresh: Option<Secret>,
) -> Result<Grant, AuthError> {
    let access =
        string_at(body, "/access_token").ok_or_else(|| AuthError::InvalidTokenResponse {
            endpoint: endpoint_label(url),
            what: "access_token".into(),
        })?;
    let lifetime = match seconds_at(body, "/expires_in") {
        Some(s) => {
            Duration::try_from_secs_f64(s).map_or(TokenLifetime::Unknown, TokenLifetime::ExpiresIn)
        }
        None => TokenLifetime::Unknown,
    };
    // A rotated refresh token replaces the old one; without one, the old one stays valid.
    let refresh = string_at(body, "/refresh_token")
        .map(Secret::new)
        .or(previous_refresh);
    Ok(Grant {
        access: Secret::new(access),
        lifetime,
        refresh,
    })
}

/// OAuth2 client-credentials grant. Caches the token until shortly before expiry,
/// uses the refresh-token grant when a refresh token was issued, and falls back to a new
/// grant when refreshing fails.
#[derive(Debug)]
pub struct OAuth2ClientCredentials {
    inner: OAuth2,
}

impl OAuth2ClientCredentials {
    /// Credentials for `token_url` (absolute, or a path on the API base URL).
    pub fn new(
        token_url: impl Into<String>,
        client_id: impl Into<String>,
        client_secret: impl Into<Secret>,
    ) -> Self {
        OAuth2ClientCredentials {
            inner: OAuth2::new(token_url.into(), client_id.into(), client_secret.into()),
        }
    }

    /// Space-separated scopes (`offline_access`).
    pub fn scope(mut self, scope: impl Into<String>) -> Self {
        self.inner.scope = Some(scope.into());
        self
    }

    /// How the client secret is sent (default: in the form body).
    pub fn client_auth(mut self, how: ClientAuth) -> Self {
        self.inner.client_auth = how;
        self
    }

    /// Refresh this long before expiry instead of the default (10 % of the lifetime, at most 30 s).
    pub fn refresh_margin(mut self, margin: Duration) -> Self {
        self.inner.cache.set_margin(margin);
        self
    }
}

impl AuthProvider for OAuth2ClientCredentials {
    fn credentials(&self, out: &mut dyn FnMut(&str)) {
        self.inner.credentials(out);
    }

    fn authorize<'a>(
        &'a self,
        ctx: AuthContext<'a>,
        request: &'a mut reqwest::Request,
    ) -> BoxFuture<'a, Result<(), AuthError>> {
        Box::pin(async move {
            let token = self
                .inner
                .token(ctx, vec![("grant_type", "client_credentials")])
                .await?;
            set_bearer(request, token.expose())
        })
    }

    fn invalidate(&self) -> bool {
        self.inner.cache.invalidate()
    }

    fn invalidate_sent(&self, sent: &reqwest::header::HeaderMap) -> bool {
        self.inner
            .cache
            .invalidate_sent("Bearer", super::sent_header(sent, "authorization"))
    }
}

/// OAuth2 resource-owner password grant. Keeps the rotated refresh token and logs
/// in again when refreshing fails.
#[derive(Debug)]
pub struct OAuth2Password {
    inner: OAuth2,
    username: String,
    password: Secret,
}

impl OAuth2Password {
    /// Credentials for `token_url` (absolute, or a path on the API base URL).
    pub fn new(
        token_url: impl Into<String>,
        username: impl Into<String>,
        password: impl Into<Secret>,
        client_id: impl Into<String>,
        client_secret: impl Into<Secret>,
    ) -> Self {
        OAuth2Password {
            inner: OAuth2::new(token_url.into(), client_id.into(), client_secret.into()),
            username: username.into(),
            password: password.into(),
        }
    }

    /// Space-separated scopes (`offline_access`).
    pub fn scope(mut self, scope: impl Into<String>) -> Self {
        self.inner.scope = Some(scope.into());
        self
    }

    /// How the client secret is sent (default: in the form body).
    pub fn client_auth(mut self, how: ClientAuth) -> Self {
        self.inner.client_auth = how;
        self
    }

    /// Refresh this long before expiry instead of the default (10 % of the lifetime, at most 30 s).
    pub fn refresh_margin(mut self, margin: Duration) -> Self {
        self.inner.cache.set_margin(margin);
        self
    }
}

impl AuthProvider for OAuth2Password {
    fn credentials(&self, out: &mut dyn FnMut(&str)) {
        out(self.password.expose());
        self.inner.credentials(out);
    }

    fn authorize<'a>(
        &'a self,
        ctx: AuthContext<'a>,
        request: &'a mut reqwest::Request,
    ) -> BoxFuture<'a, Result<(), AuthError>> {
        Box::pin(async move {
            let fields = vec![
                ("grant_type", "password"),
                ("username", self.username.as_str()),
                ("password", self.password.expose()),
            ];
            let token = self.inner.token(ctx, fields).await?;
            set_bearer(request, token.expose())
        })
    }

    fn invalidate(&self) -> bool {
        self.inner.cache.invalidate()
    }

    fn invalidate_sent(&self, sent: &reqwest::header::HeaderMap) -> bool {
        self.inner
            .cache
            .invalidate_sent("Bearer", super::sent_header(sent, "authorization"))
    }
}
