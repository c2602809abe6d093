//! The client core: builds HTTP requests from [`ApiRequest`]s, applies auth, timeouts and
//! retries, and returns [`RawResponse`]s.

use crate::auth::{AuthContext, AuthProvider};
use crate::error::{AuthError, ConfigError, Error, TransportError};
use crate::request::{ApiRequest, MultipartValue, RawResponse, RequestBody};
use crate::retry::RetryPolicy;
use bytes::{Bytes, BytesMut};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue, ACCEPT, CONTENT_TYPE, USER_AGENT};
use std::fmt;
use std::sync::Arc;
use std::task::Poll;
use std::time::{Duration, Instant};
use tracing::Instrument;

/// Default total time limit of one attempt.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Default connect time limit.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default largest accepted response body.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 32 * 1024 * 1024;

/// Headers tried for the request id when none was configured (parsed once, not per response).
const FALLBACK_REQUEST_ID_HEADERS: [HeaderName; 3] = [
    HeaderName::from_static("x-request-id"),
    HeaderName::from_static("request-id"),
    HeaderName::from_static("x-correlation-id"),
];

/// Builds a [`Core`].
pub struct CoreBuilder {
    user_agent: String,
    base_url: Option<String>,
    timeout: Duration,
    connect_timeout: Duration,
    retry: RetryPolicy,
    http: Option<reqwest::Client>,
    request_id_header: Option<&'static str>,
    auth: Vec<(&'static str, Arc<dyn AuthProvider>)>,
    max_response_bytes: usize,
    deadline: Option<Duration>,
}

impl CoreBuilder {
    /// A builder sending `user_agent` on every request.
    pub fn new(user_agent: impl Into<String>) -> Self {
        CoreBuilder {
            user_agent: user_agent.into(),
            base_url: None,
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            retry: RetryPolicy::default(),
            http: None,
            request_id_header: None,
            auth: Vec::new(),
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            deadline: None,
        }
    }

    /// The API base URL (`https://api.example.com/v2`); paths are appended to it.
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Total time limit of each attempt, token fetching and body download included.
    pub fn timeout(mut self, total: Duration) -> Self {
        self.timeout = total;
        self
    }

    /// Time limit of a whole call: every attempt, token fetching and the waits between
    /// retries. None (the default) leaves a call bounded only by its attempts' timeouts and
    /// the retry policy. A retry whose wait would end past the deadline is not made: the last
    /// answer or error is returned instead.
    pub fn deadline(mut self, total: Option<Duration>) -> Self {
        self.deadline = total;
        self
    }

    /// Time limit for establishing a connection (ignored with [`CoreBuilder::http_client`]:
    /// set it on your own client).
    pub fn connect_timeout(mut self, d: Duration) -> Self {
        self.connect_timeout = d;
        self
    }

    /// Retry policy for idempotent requests.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Uses your own `reqwest::Client` (proxies, TLS roots, pools). The user agent is still sent.
    ///
    /// The client keeps its own redirect policy; reqwest's default follows redirects to other
    /// hosts (dropping only `Authorization` and cookies). Build it with
    /// [`redirect_policy`](crate::redirect_policy) so credentials in other headers and in token
    /// request bodies cannot follow a redirect off the host.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http = Some(client);
        self
    }

    /// Response header carrying the server's request id (an invalid name fails
    /// [`build`](Self::build)).
    pub fn request_id_header(mut self, name: &'static str) -> Self {
        self.request_id_header = Some(name);
        self
    }

    /// Registers the provider for security scheme `scheme` (replacing an earlier one).
    pub fn auth(mut self, scheme: &'static str, provider: Arc<dyn AuthProvider>) -> Self {
        self.auth.retain(|(s, _)| *s != scheme);
        self.auth.push((scheme, provider));
        self
    }

    /// True when a provider is registered for `scheme`.
    pub fn has_auth(&self, scheme: &str) -> bool {
        self.auth.iter().any(|(s, _)| *s == scheme)
    }

    /// Largest response body accepted (default 32 MiB); a larger one is a transport error.
    pub fn max_response_bytes(mut self, n: usize) -> Self {
        self.max_response_bytes = n;
        self
    }

    /// Validates the settings and builds the client.
    pub fn build(self) -> Result<Core, ConfigError> {
        let raw = self.base_url.unwrap_or_default();
        let base_url = raw.trim().trim_end_matches('/').to_owned();
        let base = match reqwest::Url::parse(&base_url) {
            Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => u,
            _ => return Err(ConfigError::BaseUrl(raw)),
        };
        let user_agent = HeaderValue::from_str(&self.user_agent)
            .map_err(|_| ConfigError::Header("user-agent".into()))?;
        let request_id_header = self
            .request_id_header
            .map(|name| {
                HeaderName::from_bytes(name.as_bytes())
                    .map_err(|_| ConfigError::Header(name.to_owned()))
            })
            .transpose()?;
        let injected = self.http.is_some();
        let http = match self.http {
            Some(c) => c,
            None => http_client(self.connect_timeout, self.timeout)?,
        };
        Ok(Core {
            inner: Arc::new(Inner {
                base_url,
                base,
                user_agent,
                timeout: self.timeout,
                connect_timeout: self.connect_timeout,
                retry: self.retry,
                http,
                request_id_header,
                auth: self.auth,
                max_response_bytes: self.max_response_bytes,
                deadline: self.deadline,
                injected,
                by_connect_timeout: std::sync::Mutex::new(Vec::new()),
            }),
        })
    }
}

/// The runtime's own HTTP client. The total timeout also bounds token requests made by auth
/// providers with this client.
fn http_client(connect: Duration, total: Duration) -> Result<reqwest::Client, ConfigError> {
    reqwest::Client::builder()
        .connect_timeout(connect)
        .timeout(total)
        .redirect(redirect_policy())
        .build()
        .map_err(|e| {
            ConfigError::HttpClient(crate::error::describe_reqwest_error(&e.without_url()))
        })
}

/// Most redirects followed in a row.
const MAX_REDIRECTS: usize = 10;

/// The redirect policy of the clients the runtime builds: a redirect is followed only when it
/// stays on the origin (scheme, host and port) the request was sent to, so credentials (any
/// header, a token request's body) never travel to another host or from https to http. Any
/// other redirect is returned as the response (an API error for operations, a rejected token
/// request for token endpoints). Use it for a `reqwest::Client` you inject.
pub fn redirect_policy() -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(|attempt| {
        let Some(first) = attempt.previous().first() else {
            return attempt.stop(); // no origin to compare with: fail closed
        };
        let same_origin = |u: &reqwest::Url| {
            u.scheme() == first.scheme()
                && u.host_str() == first.host_str()
                && u.port_or_known_default() == first.port_or_known_default()
        };
        if attempt.previous().len() > MAX_REDIRECTS {
            attempt.error("too many redirects")
        } else if same_origin(attempt.url()) {
            attempt.follow()
        } else {
            attempt.stop()
        }
    })
}

/// Extra clients kept for per-request connect timeouts; a few distinct values are expected.
const MAX_CONNECT_TIMEOUT_CLIENTS: usize = 8;

impl fmt::Debug for CoreBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CoreBuilder")
            .field("user_agent", &self.user_agent)
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("deadline", &self.deadline)
            .field("retry", &self.retry)
            .field("auth", &self.auth)
            .finish_non_exhaustive()
    }
}

/// The client core shared by every operation of a generated client. Cheap to clone.
#[derive(Clone)]
pub struct Core {
    inner: Arc<Inner>,
}

struct Inner {
    base_url: String,
    /// `base_url` parsed once: each request's URL starts from a copy of it.
    base: reqwest::Url,
    user_agent: HeaderValue,
    timeout: Duration,
    connect_timeout: Duration,
    retry: RetryPolicy,
    http: reqwest::Client,
    request_id_header: Option<HeaderName>,
    auth: Vec<(&'static str, Arc<dyn AuthProvider>)>,
    max_response_bytes: usize,
    deadline: Option<Duration>,
    /// The user gave their own reqwest client (its connect timeout cannot be changed).
    injected: bool,
    /// Clients for per-request connect timeouts, built on first use.
    by_connect_timeout: std::sync::Mutex<Vec<(Duration, reqwest::Client)>>,
}

impl fmt::Debug for Core {
    // Providers print their own redacted Debug; the HTTP client is left out.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let i = &self.inner;
        f.debug_struct("Core")
            .field("base_url", &i.base_url)
            .field("user_agent", &i.user_agent)
            .field("timeout", &i.timeout)
            .field("connect_timeout", &i.connect_timeout)
            .field("deadline", &i.deadline)
            .field("retry", &i.retry)
            .field("auth", &i.auth)
            .finish_non_exhaustive()
    }
}

/// How one attempt ended.
enum Attempt {
    Response(RawResponse),
    Timeout,
    Transport(TransportError),
}

impl Core {
    /// The API base URL, without a trailing slash.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// The HTTP client used for every request.
    pub fn http_client(&self) -> &reqwest::Client {
        &self.inner.http
    }

    /// The context auth providers receive; pass it to interactive steps such as
    /// `LoginToken::confirm_otp`.
    pub fn auth_context(&self) -> AuthContext<'_> {
        AuthContext {
            http: &self.inner.http,
            base_url: &self.inner.base_url,
        }
    }

    /// Calls `out` with the credentials of every registered auth provider (see
    /// [`AuthProvider::credentials`]): values the errors of a call are scrubbed of.
    pub fn credentials(&self, out: &mut dyn FnMut(&str)) {
        for (_, provider) in &self.inner.auth {
            provider.credentials(out);
        }
    }

    /// The provider registered for `scheme`, to build another provider on it (a token
    /// request authenticated with this client's credentials).
    pub fn auth_provider(&self, scheme: &str) -> Option<Arc<dyn AuthProvider>> {
        self.inner
            .auth
            .iter()
            .find(|(name, _)| *name == scheme)
            .map(|(_, p)| Arc::clone(p))
    }

    /// A core with the same settings and HTTP client whose provider for `scheme` is
    /// `provider` (a client acting for one customer). The original is unchanged.
    pub fn with_auth(&self, scheme: &'static str, provider: Arc<dyn AuthProvider>) -> Core {
        let i = &self.inner;
        let mut auth = i.auth.clone();
        auth.retain(|(s, _)| *s != scheme);
        auth.push((scheme, provider));
        Core {
            inner: Arc::new(Inner {
                base_url: i.base_url.clone(),
                base: i.base.clone(),
                user_agent: i.user_agent.clone(),
                timeout: i.timeout,
                connect_timeout: i.connect_timeout,
                retry: i.retry.clone(),
                http: i.http.clone(),
                request_id_header: i.request_id_header.clone(),
                auth,
                max_response_bytes: i.max_response_bytes,
                deadline: i.deadline,
                injected: i.injected,
                by_connect_timeout: std::sync::Mutex::new(Vec::new()),
            }),
        }
    }

    /// Sends `request` with auth, timeouts and retries. Any HTTP status is returned as a
    /// [`RawResponse`]; only failures to get a response are errors.
    pub async fn execute<E>(&self, request: ApiRequest) -> Result<RawResponse, Error<E>> {
        let span = tracing::info_span!(
            "paygen.request",
            method = %request.method,
            path = request.path_template,
            status = tracing::field::Empty,
            attempt = tracing::field::Empty,
            elapsed_ms = tracing::field::Empty,
        );
        // No subscriber listening: skip the wrapper, which costs on every poll.
        if span.is_disabled() {
            self.execute_inner(request).await
        } else {
            self.execute_inner(request).instrument(span).await
        }
    }

    /// Runs the attempts, within the call's deadline when it has one. Without a deadline no
    /// timer is armed for the whole call (a timer costs on every call).
    async fn execute_inner<E>(&self, request: ApiRequest) -> Result<RawResponse, Error<E>> {
        let Some(limit) = request.options.deadline.or(self.inner.deadline) else {
            return self.attempts(request, None).await;
        };
        let Some(ends) = Instant::now().checked_add(limit) else {
            return self.attempts(request, None).await; // absurdly far: no deadline
        };
        match tokio::time::timeout_at(ends.into(), self.attempts(request, Some(ends))).await {
            Ok(outcome) => outcome,
            Err(_) => Err(Error::Deadline(limit)),
        }
    }

    /// The attempts of one call: auth, retries and the single replay after a 401. `deadline`
    /// (enforced by the caller) only decides whether a retry is still worth starting.
    async fn attempts<E>(
        &self,
        request: ApiRequest,
        deadline: Option<Instant>,
    ) -> Result<RawResponse, Error<E>> {
        let schemes = self.select_auth(request.security)?;
        let policy = request.options.retry.as_ref().unwrap_or(&self.inner.retry);
        let timeout = request.options.timeout.unwrap_or(self.inner.timeout);
        let http = self.client_for(request.options.connect_timeout)?;
        let started = Instant::now();
        let span = tracing::Span::current();
        let mut attempt: u32 = 0;
        let mut auth_retried = false;
        // A retry whose wait ends past the deadline is not worth starting.
        let in_time = |delay: Duration| {
            deadline.is_none_or(|end| Instant::now().checked_add(delay).is_some_and(|t| t < end))
        };
        // Hand-written loop (no retry crate): Retry-After, idempotency and the single 401
        // refresh need to be decided per outcome.
        loop {
            attempt += 1;
            span.record("attempt", attempt);
            let (outcome, sent) = self.attempt(&http, &request, schemes, timeout).await?;
            span.record("elapsed_ms", started.elapsed().as_millis() as u64);
            // Decided per request: generated code marks a request retry-safe by its method, by
            // the spec, or by the idempotency key it carries.
            let can_retry = request.idempotent && attempt < policy.attempts();
            match outcome {
                Attempt::Response(raw) => {
                    span.record("status", raw.status.as_u16());
                    tracing::debug!(attempt, status = raw.status.as_u16(), "response received");
                    if raw.status == reqwest::StatusCode::UNAUTHORIZED
                        && !auth_retried
                        && !schemes.is_empty()
                    {
                        // Each provider drops the credentials this request carried (not newer
                        // ones another call fetched meanwhile); retry if any may now succeed.
                        let sent = sent.unwrap_or_default();
                        let retry = self
                            .providers(schemes)
                            .map(|p| p.invalidate_sent(&sent))
                            .collect::<Vec<bool>>()
                            .contains(&true);
                        if retry {
                            auth_retried = true;
                            attempt -= 1; // the refresh retry does not use up the retry budget
                            tracing::debug!("401 received; retrying once with fresh credentials");
                            continue;
                        }
                    }
                    if can_retry && RetryPolicy::is_retryable_status(raw.status) {
                        if let Some(delay) = policy
                            .delay_after_response(attempt, &raw.headers)
                            .filter(|d| in_time(*d))
                        {
                            tracing::warn!(
                                attempt,
                                status = raw.status.as_u16(),
                                delay_ms = delay.as_millis() as u64,
                                "retrying"
                            );
                            tokio::time::sleep(delay).await;
                            continue;
                        }
                    }
                    return Ok(raw);
                }
                Attempt::Timeout => {
                    let delay = policy.backoff(attempt);
                    if can_retry && policy.retries_timeouts() && in_time(delay) {
                        tracing::warn!(
                            attempt,
                            delay_ms = delay.as_millis() as u64,
                            "timed out; retrying"
                        );
                        tokio::time::sleep(delay).await;
                        continue;
                    }
                    return Err(Error::Timeout(timeout));
                }
                Attempt::Transport(e) => {
                    let delay = policy.backoff(attempt);
                    if can_retry && in_time(delay) {
                        tracing::warn!(attempt, error = %e.message, delay_ms = delay.as_millis() as u64, "transport error; retrying");
                        tokio::time::sleep(delay).await;
                        continue;
                    }
                    return Err(Error::Transport(e));
                }
            }
        }
    }

    /// The first alternative of the operation's security requirement whose schemes all have a
    /// provider (no schemes when the operation needs no auth).
    fn select_auth(
        &self,
        security: &'static [&'static [&'static str]],
    ) -> Result<&'static [&'static str], AuthError> {
        if security.is_empty() {
            return Ok(&[]);
        }
        for alternative in security {
            if alternative.iter().all(|s| self.provider(s).is_some()) {
                return Ok(alternative);
            }
        }
        let wanted = security
            .iter()
            .map(|alt| alt.join(" + "))
            .collect::<Vec<_>>()
            .join(" or ");
        Err(AuthError::NotConfigured(wanted))
    }

    /// The provider registered for `scheme`.
    fn provider(&self, scheme: &str) -> Option<&dyn AuthProvider> {
        self.inner
            .auth
            .iter()
            .find(|(name, _)| *name == scheme)
            .map(|(_, p)| p.as_ref())
    }

    /// The providers of schemes [`select_auth`](Self::select_auth) chose (all registered).
    fn providers(
        &self,
        schemes: &'static [&'static str],
    ) -> impl Iterator<Item = &dyn AuthProvider> + '_ {
        schemes.iter().filter_map(|s| self.provider(s))
    }

    /// One attempt: build, authorize, send and read the whole body, all within `timeout`.
    /// Also returns the headers sent when the request carried credentials, so a 401 drops
    /// exactly the credentials it rejected.
    ///
    /// reqwest's own total timeout bounds sending and reading the body; a timer of ours runs
    /// only while an auth provider is not ready at once (fetching a token), and reqwest then
    /// gets what is left. A second timer on every call cost about half a point of call overhead.
    async fn attempt<E>(
        &self,
        http: &reqwest::Client,
        request: &ApiRequest,
        schemes: &'static [&'static str],
        timeout: Duration,
    ) -> Result<(Attempt, Option<HeaderMap>), Error<E>> {
        let started = Instant::now();
        let mut req = self.build_request(request)?;
        let mut waited = false;
        for provider in self.providers(schemes) {
            let mut authorize = provider.authorize(self.auth_context(), &mut req);
            let ready = std::future::poll_fn(|cx| Poll::Ready(authorize.as_mut().poll(cx))).await;
            let outcome = match ready {
                Poll::Ready(outcome) => outcome,
                Poll::Pending => {
                    waited = true;
                    let left = timeout.saturating_sub(started.elapsed());
                    match tokio::time::timeout(left, authorize).await {
                        Ok(outcome) => outcome,
                        Err(_) => return Ok((Attempt::Timeout, None)),
                    }
                }
            };
            outcome.map_err(Error::Auth)?;
        }
        // The client's own timeout is `self.inner.timeout`; set one on the request only when
        // that is not the limit wanted (a per-call timeout, time spent on auth, or a client the
        // user built, whose timeout is unknown).
        if waited || self.inner.injected || timeout != self.inner.timeout {
            let left = timeout.saturating_sub(started.elapsed());
            if left.is_zero() {
                return Ok((Attempt::Timeout, None));
            }
            *req.timeout_mut() = Some(left);
        }
        let sent = (!schemes.is_empty()).then(|| req.headers().clone());
        Ok((self.send(http, req).await, sent))
    }

    /// The client for a call: the main one, or one with the call's own connect timeout.
    fn client_for<E>(&self, connect: Option<Duration>) -> Result<reqwest::Client, Error<E>> {
        let Some(connect) = connect.filter(|d| *d != self.inner.connect_timeout) else {
            return Ok(self.inner.http.clone());
        };
        if self.inner.injected {
            return Err(Error::Config(ConfigError::Other(
                "a per-request connect timeout needs the client paygen builds; an injected reqwest::Client keeps its own connect timeout".into(),
            )));
        }
        let mut cache = self
            .inner
            .by_connect_timeout
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some((_, client)) = cache.iter().find(|(d, _)| *d == connect) {
            return Ok(client.clone());
        }
        let client = http_client(connect, self.inner.timeout)?;
        if cache.len() >= MAX_CONNECT_TIMEOUT_CLIENTS {
            cache.remove(0);
        }
        cache.push((connect, client.clone()));
        Ok(client)
    }

    async fn send(&self, http: &reqwest::Client, req: reqwest::Request) -> Attempt {
        let mut resp = match http.execute(req).await {
            Ok(r) => r,
            Err(e) if e.is_timeout() => return Attempt::Timeout,
            Err(e) => return Attempt::Transport(TransportError::from_reqwest(e)),
        };
        let status = resp.status();
        // Moved out, not cloned: the body is read from the stream, not from the headers.
        let headers = std::mem::take(resp.headers_mut());
        let body = match self.read_body(resp).await {
            Ok(b) => b,
            Err(a) => return a,
        };
        let request_id = self.request_id(&headers);
        Attempt::Response(RawResponse {
            status,
            headers,
            body,
            request_id,
        })
    }

    /// Reads the body in chunks so an oversized one is refused without buffering it all.
    async fn read_body(&self, mut resp: reqwest::Response) -> Result<Bytes, Attempt> {
        let limit = self.inner.max_response_bytes;
        let too_large = || {
            Attempt::Transport(TransportError::new(format!(
                "response body larger than {limit} bytes, the client's max_response_bytes limit"
            )))
        };
        let announced = resp.content_length().unwrap_or(0);
        if announced > limit as u64 {
            return Err(too_large());
        }
        // Sized from Content-Length so a large body is not copied on every doubling.
        let mut buf = BytesMut::with_capacity(announced as usize);
        loop {
            match resp.chunk().await {
                Ok(Some(chunk)) => {
                    if buf.len() + chunk.len() > limit {
                        return Err(too_large());
                    }
                    buf.extend_from_slice(&chunk);
                }
                Ok(None) => return Ok(buf.freeze()),
                Err(e) if e.is_timeout() => return Err(Attempt::Timeout),
                Err(e) => return Err(Attempt::Transport(TransportError::from_reqwest(e))),
            }
        }
    }

    fn request_id(&self, headers: &HeaderMap) -> Option<String> {
        let read = |n: &HeaderName| {
            headers
                .get(n)
                .and_then(|v| v.to_str().ok())
                .map(str::to_owned)
        };
        match &self.inner.request_id_header {
            Some(name) => read(name),
            None => FALLBACK_REQUEST_ID_HEADERS.iter().find_map(read),
        }
    }

    fn build_request<E>(&self, request: &ApiRequest) -> Result<reqwest::Request, Error<E>> {
        let mut url = request_url(&self.inner.base, &self.inner.base_url, &request.path)?;
        if !request.query.is_empty() {
            url.query_pairs_mut().extend_pairs(request.query.iter());
        }
        let mut builder = self
            .inner
            .http
            .request(request.method.clone(), url)
            .header(USER_AGENT, self.inner.user_agent.clone())
            .header(ACCEPT, "application/json");
        builder = match &request.body {
            RequestBody::Empty => builder,
            RequestBody::Json(v) => builder
                .header(CONTENT_TYPE, "application/json")
                .body(v.clone()),
            RequestBody::Form(pairs) => builder.form(pairs),
            RequestBody::Multipart(parts) => {
                let mut form = reqwest::multipart::Form::new();
                for p in parts {
                    form = match &p.value {
                        MultipartValue::Text(t) => form.text(p.name.clone(), t.clone()),
                        MultipartValue::File {
                            file_name,
                            content_type,
                            data,
                        } => {
                            let mut part = reqwest::multipart::Part::bytes(data.to_vec());
                            if let Some(n) = file_name {
                                part = part.file_name(n.clone());
                            }
                            if let Some(ct) = content_type {
                                part = part.mime_str(ct).map_err(|_| {
                                    ConfigError::Other(format!(
                                        "invalid content type {ct:?} for multipart part {:?}",
                                        p.name
                                    ))
                                })?;
                            }
                            form.part(p.name.clone(), part)
                        }
                    };
                }
                builder.multipart(form)
            }
            RequestBody::Bytes { content_type, data } => builder
                .header(CONTENT_TYPE, header_value(content_type)?)
                .body(data.clone()),
            RequestBody::Text { content_type, data } => builder
                .header(CONTENT_TYPE, header_value(content_type)?)
                .body(data.clone()),
        };
        let mut req = builder.build().map_err(|e| {
            ConfigError::Other(crate::error::describe_reqwest_error(&e.without_url()))
        })?;
        for (name, value) in request.headers.iter().chain(&request.options.headers) {
            let n = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| ConfigError::Header(name.clone()))?;
            let v = header_value(value).map_err(|_| ConfigError::Header(name.clone()))?;
            req.headers_mut().insert(n, v);
        }
        Ok(req)
    }
}

/// The URL of `path` (already percent-encoded by the request) under the base URL: the parsed
/// base with the path appended, as parsing `{base_url}{path}` would give. Parsing the whole URL
/// again on every call (host, IDNA) cost more than the rest of building the request; a path
/// that could mean more than a path (`?`, `#`, no leading `/`) is parsed whole.
fn request_url(
    base: &reqwest::Url,
    base_url: &str,
    path: &str,
) -> Result<reqwest::Url, ConfigError> {
    if path.starts_with('/')
        && !path.contains(['?', '#'])
        && base.query().is_none()
        && base.fragment().is_none()
    {
        let mut url = base.clone();
        let prefix = base.path().trim_end_matches('/');
        url.set_path(&format!("{prefix}{path}"));
        return Ok(url);
    }
    reqwest::Url::parse(&format!("{base_url}{path}"))
        .map_err(|e| ConfigError::Other(format!("invalid request path {path:?}: {e}")))
}

fn header_value(v: &str) -> Result<HeaderValue, ConfigError> {
    HeaderValue::from_str(v).map_err(|_| ConfigError::Header(v.chars().take(40).collect()))
}

#[cfg(test)]
mod tests {
    use super::request_url;

    /// Appending the path to the parsed base gives the URL parsing the whole text gives, for
    /// bases with and without a path, ports, IP and international hosts, and paths with
    /// encoded, reserved, non-ASCII and dot segments.
    #[test]
    fn a_request_url_is_the_base_parsed_once_with_the_path_appended() {
        let bases = [
            "https://api.example.com",
            "https://api.example.com/v1",
            "http://127.0.0.1:8080/api/v2",
            "http://[::1]:3000",
            "https://bücher.example/shop",
            "https://api.example.com/a%20b",
            "https://API.Example.com:443/V1",
        ];
        let paths = [
            "/brands/b1",
            "/",
            "",
            "/brands/a%2Fb/cards",
            "/items/caf\u{e9} au lait",
            "/a/./b/../c",
            "/users/%7Bid%7D:activate",
            "/x;y=1/@z",
            "/q?limit=1",
            "/frag#top",
            "relative",
        ];
        for base_url in bases {
            let base = reqwest::Url::parse(base_url).unwrap();
            for path in paths {
                let whole = reqwest::Url::parse(&format!("{base_url}{path}"));
                let built = request_url(&base, base_url, path);
                match (whole, built) {
                    (Ok(whole), Ok(built)) => {
                        assert_eq!(built.as_str(), whole.as_str(), "{base_url} + {path}")
                    }
                    (Err(_), Err(_)) => {}
                    (whole, built) => panic!("{base_url} + {path}: {whole:?} vs {built:?}"),
                }
            }
        }
    }
}
