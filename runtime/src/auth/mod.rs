//! Authentication: the [`AuthProvider`] trait and the providers generated code configures.
//!
//! Providers are generic mechanisms (a token endpoint with a path, a body and JSON pointers);
//! the generator fills in the vendor's values from the spec. Users may supply their own
//! provider: the trait is public.

use crate::error::AuthError;
use futures::future::BoxFuture;

mod challenge;
mod exchange;
mod login;
mod oauth2;
mod signer;
mod simple;
mod token;

pub use challenge::{ChallengeFlow, SignedChallengeAuth};
pub use exchange::{ExpiresFormat, TokenExchange};
pub use login::{LoginToken, MemberPick, MemberSelector};
pub use oauth2::{ClientAuth, OAuth2ClientCredentials, OAuth2Password};
#[cfg(feature = "sr25519")]
pub use signer::Sr25519Signer;
pub use signer::{Challenge, RsaSha256Signer, Signer};
pub use simple::{
    ApiKey, ApiKeyLocation, Basic, Bearer, HmacRequestSigner, RequestSigner, Signed,
    TimestampFormat,
};
pub use token::TokenLifetime;

/// Adds credentials to requests.
pub trait AuthProvider: Send + Sync + std::fmt::Debug {
    /// Adds credentials to `request`, fetching or refreshing a token first when needed.
    fn authorize<'a>(
        &'a self,
        ctx: AuthContext<'a>,
        request: &'a mut reqwest::Request,
    ) -> BoxFuture<'a, Result<(), AuthError>>;

    /// After a 401: drop cached credentials; true if a retry with fresh ones may succeed.
    fn invalidate(&self) -> bool {
        false
    }

    /// After a 401 to a request sent with the headers `sent`: drop the cached credentials only
    /// if they are the ones that request carried (a newer token fetched meanwhile by another
    /// call stays); true if a retry with fresh ones may succeed. The default calls
    /// [`invalidate`](Self::invalidate); token providers compare the token.
    fn invalidate_sent(&self, sent: &reqwest::header::HeaderMap) -> bool {
        let _ = sent;
        self.invalidate()
    }

    /// Calls `out` with each credential this provider sends or holds (passwords, secrets,
    /// keys, the tokens it fetched), so that errors can be scrubbed of them: a server that
    /// echoes one does not get it into the error's text. Providers without any keep the
    /// default.
    fn credentials(&self, out: &mut dyn FnMut(&str)) {
        let _ = out;
    }
}

/// The value of header `name` in `sent`, when it is text.
pub(crate) fn sent_header<'h>(sent: &'h reqwest::header::HeaderMap, name: &str) -> Option<&'h str> {
    sent.get(name).and_then(|v| v.to_str().ok())
}

/// What a provider may use to fetch tokens: the client's HTTP client and API base URL.
#[derive(Clone, Copy, Debug)]
pub struct AuthContext<'a> {
    /// The HTTP client of the API client (same TLS, proxy and timeout settings).
    pub http: &'a reqwest::Client,
    /// The API base URL, without a trailing slash.
    pub base_url: &'a str,
}

/// Resolves `path_or_url` against the API base URL: absolute URLs are kept.
pub(crate) fn resolve_url(base_url: &str, path_or_url: &str) -> String {
    if path_or_url.starts_with("http://") || path_or_url.starts_with("https://") {
        path_or_url.to_owned()
    } else if path_or_url.starts_with('/') {
        format!("{}{}", base_url.trim_end_matches('/'), path_or_url)
    } else {
        format!("{}/{}", base_url.trim_end_matches('/'), path_or_url)
    }
}

/// The URL without its query, for error messages.
pub(crate) fn endpoint_label(url: &str) -> String {
    url.split('?').next().unwrap_or(url).to_owned()
}

pub(crate) fn set_header(
    request: &mut reqwest::Request,
    name: &str,
    value: &str,
) -> Result<(), AuthError> {
    let name = reqwest::header::HeaderName::from_bytes(name.as_bytes())
        .map_err(|_| AuthError::Config(format!("invalid header name {name:?}")))?;
    set_named_header(request, name, value)
}

/// [`set_header`] for a name known in advance (no parsing on every request).
pub(crate) fn set_named_header(
    request: &mut reqwest::Request,
    name: reqwest::header::HeaderName,
    value: &str,
) -> Result<(), AuthError> {
    let mut value = reqwest::header::HeaderValue::from_str(value).map_err(|_| {
        AuthError::Config(format!("credential for header {name} is not valid ASCII"))
    })?;
    // Keeps credentials out of HTTP/2 header compression tables.
    value.set_sensitive(true);
    request.headers_mut().insert(name, value);
    Ok(())
}

pub(crate) fn set_bearer(request: &mut reqwest::Request, token: &str) -> Result<(), AuthError> {
    set_named_header(
        request,
        reqwest::header::AUTHORIZATION,
        &format!("Bearer {token}"),
    )
}
