//! Session token from a login call (`x-login`, e.g. `POST /authorization`): JSON login/password,
//! choose a membership, send `Authorization: <prefix> <token>`, log in again before expiry
//! and once on a 401. A one-time-password step is exposed as [`LoginToken::confirm_otp`].

use super::token::{instant_at, send_for_json, string_at, Grant, TokenCache, TokenLifetime};
use super::{endpoint_label, resolve_url, set_header, AuthContext, AuthProvider};
use crate::error::AuthError;
use crate::secret::Secret;
use futures::future::BoxFuture;
use serde_json::{Map, Value};
use std::fmt;
use std::sync::Arc;

/// Picks a membership from the list of members; returns its index.
pub type MemberPick = Arc<dyn Fn(&[Value]) -> Option<usize> + Send + Sync>;

/// Which membership's token to use when a login returns several.
#[derive(Clone)]
pub enum MemberSelector {
    /// The first one.
    First,
    /// The one whose role (a string, or an object with a string field) equals this name.
    Role(String),
    /// Your choice: receives the members, returns an index.
    Custom(MemberPick),
}

impl fmt::Debug for MemberSelector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            MemberSelector::First => f.write_str("First"),
            MemberSelector::Role(r) => write!(f, "Role({r:?})"),
            MemberSelector::Custom(_) => f.write_str("Custom(..)"),
        }
    }
}

impl MemberSelector {
    fn pick(&self, members: &[Value], role_pointer: &str) -> Option<usize> {
        match self {
            MemberSelector::First => (!members.is_empty()).then_some(0),
            MemberSelector::Role(name) => {
                members.iter().position(|m| match m.pointer(role_pointer) {
                    Some(Value::String(s)) => s == name,
                    Some(Value::Object(o)) => o.values().any(|v| v.as_str() == Some(name)),
                    _ => false,
                })
            }
            MemberSelector::Custom(f) => f(members).filter(|i| *i < members.len()),
        }
    }
}

#[derive(Clone, Debug)]
struct Members {
    list: String,
    token: String,
    expires_at: Option<String>,
    role: String,
    select: MemberSelector,
}

#[derive(Clone, Debug)]
struct Otp {
    action_pointer: String,
    sent_value: String,
    confirm_path: String,
    field: String,
}

/// Session-token login.
#[derive(Debug)]
pub struct LoginToken {
    path: String,
    login: String,
    password: Secret,
    login_field: String,
    password_field: String,
    token_pointer: String,
    expires_at_pointer: Option<String>,
    members: Option<Members>,
    otp: Option<Otp>,
    header: String,
    prefix: String,
    cache: TokenCache,
}

impl LoginToken {
    /// Logs in by POSTing `{"login": login, "password": password}` to `path`; the token is read
    /// at `/token` unless [`LoginToken::token_pointer`] or [`LoginToken::members`] say otherwise.
    /// Sent as `Authorization: TOKEN <token>` by default.
    pub fn new(
        path: impl Into<String>,
        login: impl Into<String>,
        password: impl Into<Secret>,
    ) -> Self {
        LoginToken {
            path: path.into(),
            login: login.into(),
            password: password.into(),
            login_field: "login".into(),
            password_field: "password".into(),
            token_pointer: "/token".into(),
            expires_at_pointer: None,
            members: None,
            otp: None,
            header: "Authorization".into(),
            prefix: "TOKEN".into(),
            cache: TokenCache::default(),
        }
    }

    /// Names of the login and password fields of the body.
    pub fn fields(
        mut self,
        login_field: impl Into<String>,
        password_field: impl Into<String>,
    ) -> Self {
        self.login_field = login_field.into();
        self.password_field = password_field.into();
        self
    }

    /// Pointer to the token in the login response.
    pub fn token_pointer(mut self, pointer: impl Into<String>) -> Self {
        self.token_pointer = pointer.into();
        self
    }

    /// Pointer to the expiry (Unix seconds or milliseconds, or a date-time).
    pub fn expires_at(mut self, pointer: impl Into<String>) -> Self {
        self.expires_at_pointer = Some(pointer.into());
        self
    }

    /// The response lists memberships at `list` (`/members`), each with its own token at
    /// `token` (`/token/token`) and expiry at `expires_at` (`/token/expiresAt`); `select` picks one.
    /// Overrides [`LoginToken::token_pointer`] and [`LoginToken::expires_at`].
    pub fn members(
        mut self,
        list: impl Into<String>,
        token: impl Into<String>,
        expires_at: Option<String>,
        select: MemberSelector,
    ) -> Self {
        self.members = Some(Members {
            list: list.into(),
            token: token.into(),
            expires_at,
            role: "/role".into(),
            select,
        });
        self
    }

    /// Pointer to a member's role for [`MemberSelector::Role`] (default `/role`).
    pub fn role_pointer(mut self, pointer: impl Into<String>) -> Self {
        if let Some(m) = &mut self.members {
            m.role = pointer.into();
        }
        self
    }

    /// The login may answer with `action_pointer == sent_value` (`/action` == `OTP_SENT`)
    /// instead of a token; [`LoginToken::confirm_otp`] then POSTs `{login, <field>: otp}` to
    /// `confirm_path`.
    pub fn otp(
        mut self,
        action_pointer: impl Into<String>,
        sent_value: impl Into<String>,
        confirm_path: impl Into<String>,
        field: impl Into<String>,
    ) -> Self {
        self.otp = Some(Otp {
            action_pointer: action_pointer.into(),
            sent_value: sent_value.into(),
            confirm_path: confirm_path.into(),
            field: field.into(),
        });
        self
    }

    /// Header name (default `Authorization`) and prefix (default `TOKEN`; empty for none).
    pub fn header(mut self, name: impl Into<String>, prefix: impl Into<String>) -> Self {
        self.header = name.into();
        self.prefix = prefix.into();
        self
    }

    /// Sends the one-time password the user received; on success the session token is cached.
    pub async fn confirm_otp(&self, ctx: AuthContext<'_>, otp: &str) -> Result<(), AuthError> {
        let confirm = self
            .otp
            .as_ref()
            .ok_or_else(|| AuthError::Config("no OTP step configured".into()))?;
        let _gate = self.cache.lock_gate().await;
        let mut body = Map::new();
        body.insert(self.login_field.clone(), Value::String(self.login.clone()));
        body.insert(confirm.field.clone(), Value::String(otp.to_owned()));
        let grant = self
            .post(ctx, &confirm.confirm_path, Value::Object(body))
            .await?;
        self.cache.store(grant);
        Ok(())
    }

    async fn login(&self, ctx: AuthContext<'_>) -> Result<Grant, AuthError> {
        let mut body = Map::new();
        body.insert(self.login_field.clone(), Value::String(self.login.clone()));
        body.insert(
            self.password_field.clone(),
            Value::String(self.password.expose().to_owned()),
        );
        self.post(ctx, &self.path, Value::Object(body)).await
    }

    async fn post(
        &self,
        ctx: AuthContext<'_>,
        path: &str,
        body: Value,
    ) -> Result<Grant, AuthError> {
        let url = resolve_url(ctx.base_url, path);
        let request = ctx
            .http
            .post(&url)
            .header(reqwest::header::ACCEPT, "application/json")
            .json(&body)
            .build()
            .map_err(|_| {
                AuthError::Config(format!("invalid login path {}", endpoint_label(&url)))
            })?;
        let json = send_for_json(ctx.http, request).await?;
        self.grant(&json, &url)
    }

    fn grant(&self, json: &Value, url: &str) -> Result<Grant, AuthError> {
        let missing = |what: String| AuthError::InvalidTokenResponse {
            endpoint: endpoint_label(url),
            what,
        };
        if let Some(otp) = &self.otp {
            if string_at(json, &otp.action_pointer).as_deref() == Some(otp.sent_value.as_str()) {
                return Err(AuthError::OtpRequired);
            }
        }
        let (token, expiry) = match &self.members {
            Some(m) => {
                let list = json
                    .pointer(&m.list)
                    .and_then(Value::as_array)
                    .ok_or_else(|| missing(format!("a list of memberships at {}", m.list)))?;
                let i = m
                    .select
                    .pick(list, &m.role)
                    .ok_or_else(|| missing(format!("a membership matching {:?}", m.select)))?;
                let member = &list[i];
                let token = string_at(member, &m.token)
                    .ok_or_else(|| missing(format!("a token at {}/{i}{}", m.list, m.token)))?;
                (
                    token,
                    m.expires_at.as_ref().and_then(|p| instant_at(member, p)),
                )
            }
            None => {
                let token = string_at(json, &self.token_pointer)
                    .ok_or_else(|| missing(format!("a token at {}", self.token_pointer)))?;
                let exp = self
                    .expires_at_pointer
                    .as_ref()
                    .and_then(|p| instant_at(json, p));
                (token, exp)
            }
        };
        Ok(Grant {
            access: Secret::new(token),
            lifetime: expiry.map_or(TokenLifetime::Unknown, TokenLifetime::ExpiresAt),
            refresh: None,
        })
    }
}

impl AuthProvider for LoginToken {
    fn credentials(&self, out: &mut dyn FnMut(&str)) {
        out(self.password.expose());
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
            let token = self.cache.get_or_fetch(|_| self.login(ctx)).await?;
            let value = if self.prefix.is_empty() {
                token.expose().to_owned()
            } else {
                format!("{} {}", self.prefix, token.expose())
            };
            set_header(request, &self.header, &value)
        })
    }

    fn invalidate(&self) -> bool {
        self.cache.invalidate()
    }

    fn invalidate_sent(&self, sent: &reqwest::header::HeaderMap) -> bool {
        self.cache
            .invalidate_sent(&self.prefix, super::sent_header(sent, &self.header))
    }
}
