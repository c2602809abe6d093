//! The one error type of every generated client, generic over the vendor's error body.

use bytes::Bytes;
use reqwest::StatusCode;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

/// Longest body excerpt kept in errors, in bytes.
pub const EXCERPT_LIMIT: usize = 512;

/// Everything a call can fail with. `E` is the vendor's decoded error body.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error<E> {
    /// The request did not complete: connection refused, TLS failure, reset, body cut short.
    #[error(transparent)]
    Transport(TransportError),
    /// An attempt got no complete response within its time limit (connect or total), and no
    /// retry followed.
    #[error("request timed out after {0:?}; raise the per-attempt `timeout` on the client builder or on the call")]
    Timeout(Duration),
    /// The whole call (all attempts, token fetching and the waits between retries) did not
    /// finish within its deadline.
    #[error("call did not finish within its deadline of {0:?} (retries included); raise `deadline` on the client builder or on the call")]
    Deadline(Duration),
    /// The server answered with an error status (or an error envelope on a 2xx).
    #[error(transparent)]
    Api(Box<ApiError<E>>),
    /// The server answered, but the body did not match the expected shape.
    #[error(transparent)]
    Decode(Box<DecodeError>),
    /// Credentials could not be obtained or applied.
    #[error(transparent)]
    Auth(AuthError),
    /// The client or request is misconfigured.
    #[error(transparent)]
    Config(ConfigError),
    /// A callback could not be used (its body does not name the resource to read back).
    #[error(transparent)]
    Callback(crate::callback::CallbackError),
}

impl<E> Error<E> {
    /// The HTTP status, for API and decode errors.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Error::Api(e) => Some(e.status),
            Error::Decode(e) => Some(e.status),
            _ => None,
        }
    }

    /// The request id reported by the server, for API errors.
    pub fn request_id(&self) -> Option<&str> {
        match self {
            Error::Api(e) => e.request_id.as_deref(),
            _ => None,
        }
    }

    /// Converts the error body type, e.g. to unify errors of two operations.
    pub fn map_body<F, E2>(self, f: F) -> Error<E2>
    where
        F: FnOnce(E) -> E2,
    {
        match self {
            Error::Transport(e) => Error::Transport(e),
            Error::Timeout(d) => Error::Timeout(d),
            Error::Deadline(d) => Error::Deadline(d),
            Error::Api(e) => {
                let e = *e;
                Error::Api(Box::new(ApiError {
                    status: e.status,
                    body: e.body.map(f),
                    raw: e.raw,
                    request_id: e.request_id,
                }))
            }
            Error::Decode(e) => Error::Decode(e),
            Error::Auth(e) => Error::Auth(e),
            Error::Config(e) => Error::Config(e),
            Error::Callback(e) => Error::Callback(e),
        }
    }
}

impl<E> From<AuthError> for Error<E> {
    fn from(e: AuthError) -> Self {
        Error::Auth(e)
    }
}

impl<E> From<crate::callback::CallbackError> for Error<E> {
    fn from(e: crate::callback::CallbackError) -> Self {
        Error::Callback(e)
    }
}

impl<E> From<ConfigError> for Error<E> {
    fn from(e: ConfigError) -> Self {
        Error::Config(e)
    }
}

impl<E> From<TransportError> for Error<E> {
    fn from(e: TransportError) -> Self {
        Error::Transport(e)
    }
}

impl<E> From<DecodeError> for Error<E> {
    fn from(e: DecodeError) -> Self {
        Error::Decode(Box::new(e))
    }
}

/// A request that did not complete. The message comes from the HTTP stack and holds no
/// credentials (URLs are stripped of query strings, which may carry API keys). The
/// underlying error (a `reqwest::Error`, its URL without the query) is the
/// [`source`](std::error::Error::source), for downcasting.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct TransportError {
    /// What went wrong.
    pub message: String,
    /// True when no connection could be made (the request was never sent).
    pub connect: bool,
    /// The error from the HTTP stack, when there was one (shared: errors are `Clone`).
    cause: Option<Arc<reqwest::Error>>,
}

impl fmt::Display for TransportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "transport error: {}", self.message)
    }
}

impl std::error::Error for TransportError {
    // The reqwest error itself, not its `Arc`, so that it downcasts.
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.cause
            .as_deref()
            .map(|e| e as &(dyn std::error::Error + 'static))
    }
}

impl TransportError {
    /// A transport error with a message.
    pub fn new(message: impl Into<String>) -> Self {
        TransportError {
            message: message.into(),
            connect: false,
            cause: None,
        }
    }

    pub(crate) fn from_reqwest(e: reqwest::Error) -> Self {
        // The source keeps the URL (which host failed helps) without its query: it may carry
        // a key. The message has no URL at all.
        let url = e.url().cloned().map(|mut url| {
            url.set_query(None);
            url
        });
        let e = e.without_url();
        let message = describe_reqwest_error(&e);
        let e = match url {
            Some(url) => e.with_url(url),
            None => e,
        };
        TransportError {
            connect: e.is_connect(),
            message,
            cause: Some(Arc::new(e)),
        }
    }
}

/// Renders a reqwest error with its causes, without the URL (its query may hold an API key).
/// `e` should have no URL already ([`reqwest::Error::without_url`]).
pub(crate) fn describe_reqwest_error(e: &reqwest::Error) -> String {
    let mut msg = e.to_string();
    let mut src = std::error::Error::source(e);
    while let Some(s) = src {
        let text = s.to_string();
        // hyper and reqwest often repeat the cause in the outer message.
        if !msg.contains(&text) {
            msg.push_str(": ");
            msg.push_str(&text);
        }
        src = s.source();
    }
    msg
}

/// An error status from the server (or an error envelope in a 2xx body).
pub struct ApiError<E> {
    /// HTTP status.
    pub status: StatusCode,
    /// The vendor's error body, when it decoded.
    pub body: Option<E>,
    /// The raw body, always kept.
    pub raw: Bytes,
    /// The server's request id, when it sent one; quote it to the vendor's support.
    pub request_id: Option<String>,
}

impl<E: fmt::Debug> fmt::Debug for ApiError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("status", &self.status)
            .field("body", &self.body)
            .field("raw", &excerpt(&self.raw))
            .field("request_id", &self.request_id)
            .finish()
    }
}

impl<E> fmt::Display for ApiError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "server returned {}", self.status)?;
        if let Some(id) = &self.request_id {
            write!(f, " (request id {id})")?;
        }
        let ex = excerpt(&self.raw);
        if !ex.is_empty() {
            write!(f, ": {ex}")?;
        }
        Ok(())
    }
}

impl<E: fmt::Debug> std::error::Error for ApiError<E> {}

/// A response body that did not match the expected shape.
#[derive(Debug, Clone, thiserror::Error)]
#[error(
    "could not decode the {status} response at `{path}`: {message}; body starts with: {excerpt}"
)]
pub struct DecodeError {
    /// HTTP status of the response.
    pub status: StatusCode,
    /// Path of the failing field (`data.items[3].amount`), `.` for the whole body.
    pub path: String,
    /// What was wrong.
    pub message: String,
    /// The start of the body (at most [`EXCERPT_LIMIT`] bytes, cut on a character boundary).
    pub excerpt: String,
}

/// Credentials could not be obtained or applied. Messages never contain secrets.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum AuthError {
    /// The operation needs a security scheme the client was not given.
    #[error(
        "no credentials configured for security scheme(s) {0}; set them on the client builder"
    )]
    NotConfigured(String),
    /// The token or login endpoint refused the credentials or failed.
    #[error("token request to {endpoint} failed with {status}: {detail}")]
    TokenRejected {
        /// Path or URL of the endpoint (no query string).
        endpoint: String,
        /// Status returned.
        status: StatusCode,
        /// The start of the response body (OAuth2 `error`/`error_description` usually).
        detail: String,
    },
    /// The token endpoint answered 2xx but the token could not be found in the body.
    #[error("token response from {endpoint} is missing {what}")]
    InvalidTokenResponse {
        /// Path or URL of the endpoint.
        endpoint: String,
        /// What was missing or malformed.
        what: String,
    },
    /// The token endpoint could not be reached.
    #[error("token request to {endpoint} failed: {message}")]
    Transport {
        /// Path or URL of the endpoint.
        endpoint: String,
        /// What went wrong.
        message: String,
    },
    /// A one-time password was sent; confirm it with `LoginToken::confirm_otp`.
    #[error(
        "the login sent a one-time password; call confirm_otp with the code the user received"
    )]
    OtpRequired,
    /// The customer must complete a verification step first (SMS or TOTP code).
    #[error("customer verification required: {0}")]
    VerificationRequired(String),
    /// Signing failed.
    #[error("signing failed: {0}")]
    Signing(String),
    /// The provider is misconfigured.
    #[error("auth configuration: {0}")]
    Config(String),
}

/// The client or a request is misconfigured.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// The base URL is missing or not an absolute http(s) URL.
    #[error(
        "invalid base URL {0:?}: give an absolute http(s) URL to `base_url` on the client builder"
    )]
    BaseUrl(String),
    /// A header name or value is not valid HTTP.
    #[error("invalid header {0:?}: names must be tokens and values visible ASCII")]
    Header(String),
    /// The HTTP client could not be built.
    #[error("could not build the HTTP client: {0}")]
    HttpClient(String),
    /// Anything else.
    #[error("{0}")]
    Other(String),
}

/// The first [`EXCERPT_LIMIT`] bytes of `body` as text, cut on a character boundary.
pub fn excerpt(body: &[u8]) -> String {
    let cut = &body[..body.len().min(EXCERPT_LIMIT)];
    let text = match std::str::from_utf8(cut) {
        Ok(s) => s.to_owned(),
        Err(e) if e.error_len().is_none() => {
            // Cut inside a multi-byte character: drop the partial character.
            String::from_utf8_lossy(&cut[..e.valid_up_to()]).into_owned()
        }
        Err(_) => String::from_utf8_lossy(cut).into_owned(),
    };
    if body.len() > EXCERPT_LIMIT {
        format!("{text}…")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_is_bounded_and_char_safe() {
        let body = "é".repeat(400); // 800 bytes, two per char
        let ex = excerpt(body.as_bytes());
        assert!(ex.len() <= EXCERPT_LIMIT + '…'.len_utf8());
        assert!(ex.ends_with('…'));
        assert!(ex.trim_end_matches('…').chars().all(|c| c == 'é'));
        // Odd cut point: 511 bytes of 'a' then a 2-byte char straddling the limit.
        let mut b = "a".repeat(511).into_bytes();
        b.extend_from_slice("é".as_bytes());
        let ex = excerpt(&b);
        assert_eq!(ex.trim_end_matches('…'), "a".repeat(511));
        assert_eq!(excerpt(b"short"), "short");
        assert_eq!(excerpt(&[0xff, 0xfe]), "\u{fffd}\u{fffd}");
    }

    #[test]
    fn api_error_display_mentions_status_and_request_id() {
        let e: Error<()> = Error::Api(Box::new(ApiError {
            status: StatusCode::BAD_REQUEST,
            body: None,
            raw: Bytes::from_static(b"{\"code\":\"bad\"}"),
            request_id: Some("req-1".into()),
        }));
        let s = e.to_string();
        assert!(
            s.contains("400") && s.contains("req-1") && s.contains("bad"),
            "{s}"
        );
        assert_eq!(e.status(), Some(StatusCode::BAD_REQUEST));
        assert_eq!(e.request_id(), Some("req-1"));
        let mapped: Error<String> = e.map_body(|()| String::new());
        assert!(matches!(mapped, Error::Api(_)));
    }
}
