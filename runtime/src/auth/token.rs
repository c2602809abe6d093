//! Token cache shared by all token providers: refresh shortly before expiry, and only one
//! token request in flight however many calls need a token (single flight).

use super::endpoint_label;
use crate::error::AuthError;
use crate::secret::Secret;
use serde_json::Value;
use std::future::Future;
use std::time::{Duration, Instant, SystemTime};

/// Default cap of the refresh margin: refresh at most this long before expiry.
pub(crate) const MAX_REFRESH_MARGIN: Duration = Duration::from_secs(30);

/// How long a token lives, as the token endpoint said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenLifetime {
    /// No expiry given: use until a 401.
    Unknown,
    /// Expires this long after it was issued (`expires_in`).
    ExpiresIn(Duration),
    /// Expires at this instant (`expires_at`).
    ExpiresAt(SystemTime),
}

impl TokenLifetime {
    fn remaining(self) -> Option<Duration> {
        match self {
            TokenLifetime::Unknown => None,
            TokenLifetime::ExpiresIn(d) => Some(d),
            TokenLifetime::ExpiresAt(t) => Some(
                t.duration_since(SystemTime::now())
                    .unwrap_or(Duration::ZERO),
            ),
        }
    }
}

/// A token as issued.
#[derive(Clone, Debug)]
pub(crate) struct Grant {
    pub access: Secret,
    pub lifetime: TokenLifetime,
    /// The refresh token to keep (already rotated by the caller when the endpoint sent a new one).
    pub refresh: Option<Secret>,
}

#[derive(Debug, Default)]
struct State {
    access: Option<(Secret, Option<Instant>)>,
    refresh: Option<Secret>,
}

/// Caches one token. Reads are lock-free of the network; refreshes are serialised by `gate`.
#[derive(Debug, Default)]
pub(crate) struct TokenCache {
    state: std::sync::Mutex<State>,
    gate: tokio::sync::Mutex<()>,
    margin: Option<Duration>,
}

impl TokenCache {
    pub fn set_margin(&mut self, margin: Duration) {
        self.margin = Some(margin);
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        // A panic while holding the lock cannot leave State inconsistent (plain assignments).
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn fresh(&self) -> Option<Secret> {
        let st = self.state();
        match &st.access {
            Some((t, None)) => Some(t.clone()),
            Some((t, Some(refresh_at))) if Instant::now() < *refresh_at => Some(t.clone()),
            _ => None,
        }
    }

    /// The current token when it is not near expiry (no network).
    #[cfg(test)]
    pub fn current(&self) -> Option<Secret> {
        self.fresh()
    }

    /// The refresh token, if one was issued.
    pub fn refresh_token(&self) -> Option<Secret> {
        self.state().refresh.clone()
    }

    /// The stored access token even when near expiry (for REFRESH-style flows).
    pub fn stale_access(&self) -> Option<Secret> {
        self.state().access.as_ref().map(|(t, _)| t.clone())
    }

    /// Returns a fresh token, calling `fetch(refresh_token)` when there is none. Concurrent
    /// callers wait for the one fetch in flight and share its result.
    pub async fn get_or_fetch<F, Fut>(&self, fetch: F) -> Result<Secret, AuthError>
    where
        F: FnOnce(Option<Secret>) -> Fut,
        Fut: Future<Output = Result<Grant, AuthError>>,
    {
        if let Some(t) = self.fresh() {
            return Ok(t);
        }
        let _gate = self.gate.lock().await;
        if let Some(t) = self.fresh() {
            return Ok(t); // another caller refreshed while we waited
        }
        let refresh = self.refresh_token();
        let grant = fetch(refresh).await?;
        Ok(self.store(grant))
    }

    /// Stores a grant obtained outside `get_or_fetch` (interactive flows).
    pub fn store(&self, grant: Grant) -> Secret {
        // An absurdly long lifetime that overflows Instant is treated as "no expiry".
        let refresh_at = grant.lifetime.remaining().and_then(|life| {
            let margin = self
                .margin
                .unwrap_or_else(|| (life / 10).min(MAX_REFRESH_MARGIN));
            Instant::now().checked_add(life.saturating_sub(margin))
        });
        let mut st = self.state();
        st.access = Some((grant.access.clone(), refresh_at));
        st.refresh = grant.refresh;
        grant.access
    }

    /// Serialises an interactive step with automatic refreshes.
    pub async fn lock_gate(&self) -> tokio::sync::MutexGuard<'_, ()> {
        self.gate.lock().await
    }

    /// Drops the access token (keeps the refresh token). Returns true.
    pub fn invalidate(&self) -> bool {
        self.state().access = None;
        true
    }

    /// After a 401 to a request that carried `sent` (the whole header value, `prefix` and all):
    /// drops the access token only if it is still the one that was sent. A late 401 to an
    /// older token must not evict the token another call has just fetched, or every late
    /// answer would cost one more token request. Returns true: either the token is gone and
    /// the retry fetches a new one, or a newer one is already cached.
    pub fn invalidate_sent(&self, prefix: &str, sent: Option<&str>) -> bool {
        let mut st = self.state();
        let still_current = match (&st.access, sent) {
            (Some((token, _)), Some(sent)) => carries(sent, prefix, token.expose()),
            // Nothing to compare with (the header is missing): drop it to be safe.
            (Some(_), None) => true,
            (None, _) => false,
        };
        if still_current {
            st.access = None;
        }
        true
    }
}

/// True when the header value `sent` is `token` behind `prefix` (`Bearer t1`, or `t1` alone
/// when the prefix is empty).
fn carries(sent: &str, prefix: &str, token: &str) -> bool {
    let rest = if prefix.is_empty() {
        Some(sent)
    } else {
        sent.strip_prefix(prefix)
            .and_then(|rest| rest.strip_prefix(' '))
    };
    rest == Some(token)
}

/// Sends a token request and returns its JSON body; errors never contain the request.
pub(crate) async fn send_for_json(
    http: &reqwest::Client,
    request: reqwest::Request,
) -> Result<Value, AuthError> {
    let endpoint = endpoint_label(request.url().as_str());
    let resp = http
        .execute(request)
        .await
        .map_err(|e| AuthError::Transport {
            endpoint: endpoint.clone(),
            message: crate::error::describe_reqwest_error(&e.without_url()),
        })?;
    let status = resp.status();
    let body = resp.bytes().await.map_err(|e| AuthError::Transport {
        endpoint: endpoint.clone(),
        message: crate::error::describe_reqwest_error(&e.without_url()),
    })?;
    if !status.is_success() {
        return Err(AuthError::TokenRejected {
            endpoint,
            status,
            detail: crate::error::excerpt(&redact_tokens(&body)),
        });
    }
    serde_json::from_slice(&body).map_err(|e| AuthError::InvalidTokenResponse {
        endpoint,
        what: format!("a JSON body ({e})"),
    })
}

/// Error bodies of token endpoints are quoted in errors; drop anything that looks like a token.
fn redact_tokens(body: &[u8]) -> Vec<u8> {
    match serde_json::from_slice::<Value>(body) {
        Ok(mut v) => {
            redact_value(&mut v);
            v.to_string().into_bytes()
        }
        Err(_) => body.to_vec(),
    }
}

fn redact_value(v: &mut Value) {
    match v {
        Value::Object(m) => {
            for (k, val) in m.iter_mut() {
                let k = k.to_ascii_lowercase();
                if k.contains("token") || k.contains("secret") || k.contains("password") {
                    *val = Value::String("[redacted]".into());
                } else {
                    redact_value(val);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(redact_value),
        _ => {}
    }
}

/// Reads a string (or number, as text) at a JSON pointer.
pub(crate) fn string_at(body: &Value, pointer: &str) -> Option<String> {
    match body.pointer(pointer)? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Reads seconds (number or numeric string) at a JSON pointer.
pub(crate) fn seconds_at(body: &Value, pointer: &str) -> Option<f64> {
    match body.pointer(pointer)? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
    .filter(|s: &f64| s.is_finite() && *s >= 0.0)
}

/// Reads an expiry instant: Unix seconds (milliseconds when implausibly large) or a date-time.
pub(crate) fn instant_at(body: &Value, pointer: &str) -> Option<SystemTime> {
    if let Some(secs) = seconds_at(body, pointer) {
        // Values past year 5138 in seconds are milliseconds.
        let secs = if secs > 1e11 { secs / 1000.0 } else { secs };
        return SystemTime::UNIX_EPOCH.checked_add(Duration::try_from_secs_f64(secs).ok()?);
    }
    let text = body.pointer(pointer)?.as_str()?;
    let parsed = crate::DateTime::parse(text).parsed()?;
    let secs = parsed.unix_timestamp();
    if secs < 0 {
        return Some(SystemTime::UNIX_EPOCH);
    }
    SystemTime::UNIX_EPOCH.checked_add(Duration::from_secs(secs as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn margin_is_ten_percent_capped_at_30s() {
        let c = TokenCache::default();
        c.store(Grant {
            access: "a".into(),
            lifetime: TokenLifetime::ExpiresIn(Duration::from_secs(3600)),
            refresh: None,
        });
        assert!(c.current().is_some());
        // 1 s lifetime -> 100 ms margin: still fresh now.
        c.store(Grant {
            access: "b".into(),
            lifetime: TokenLifetime::ExpiresIn(Duration::from_secs(1)),
            refresh: None,
        });
        assert!(c.current().is_some());
        // Already expired.
        c.store(Grant {
            access: "c".into(),
            lifetime: TokenLifetime::ExpiresAt(SystemTime::now() - Duration::from_secs(5)),
            refresh: Some("r".into()),
        });
        assert!(c.current().is_none());
        assert_eq!(c.refresh_token().unwrap().expose(), "r");
        // Within 30 s of expiry: refreshed early.
        c.store(Grant {
            access: "d".into(),
            lifetime: TokenLifetime::ExpiresIn(Duration::from_secs(3600 + 20 - 3600)),
            refresh: None,
        });
        assert!(c.current().is_some(), "20 s lifetime has a 2 s margin");
        let mut c = TokenCache::default();
        c.set_margin(Duration::from_secs(60));
        c.store(Grant {
            access: "e".into(),
            lifetime: TokenLifetime::ExpiresIn(Duration::from_secs(45)),
            refresh: None,
        });
        assert!(
            c.current().is_none(),
            "explicit margin larger than lifetime"
        );
    }

    #[test]
    fn expiry_parsing() {
        let v = serde_json::json!({"s": 1714494953, "ms": 1714494953000u64, "str": "1714494953",
            "iso": "2024-04-30T16:35:53Z", "bad": "soon"});
        let want = SystemTime::UNIX_EPOCH + Duration::from_secs(1714494953);
        assert_eq!(instant_at(&v, "/s"), Some(want));
        assert_eq!(instant_at(&v, "/ms"), Some(want));
        assert_eq!(instant_at(&v, "/str"), Some(want));
        assert_eq!(instant_at(&v, "/iso"), Some(want));
        assert_eq!(instant_at(&v, "/bad"), None);
        assert_eq!(instant_at(&v, "/missing"), None);
    }

    #[test]
    fn absurd_expiries_do_not_panic() {
        let v = serde_json::json!({"huge": 1e300, "neg": -5});
        assert_eq!(instant_at(&v, "/huge"), None);
        assert_eq!(instant_at(&v, "/neg"), None);
        let c = TokenCache::default();
        c.store(Grant {
            access: "a".into(),
            lifetime: TokenLifetime::ExpiresIn(Duration::MAX),
            refresh: None,
        });
        assert!(c.current().is_some());
    }

    #[test]
    fn a_late_401_does_not_evict_a_newer_token() {
        let c = TokenCache::default();
        let grant = |t: &str| Grant {
            access: t.into(),
            lifetime: TokenLifetime::Unknown,
            refresh: None,
        };
        c.store(grant("t1"));
        assert!(c.invalidate_sent("Bearer", Some("Bearer t1")));
        assert!(c.current().is_none(), "the rejected token is dropped");
        c.store(grant("t2"));
        assert!(c.invalidate_sent("Bearer", Some("Bearer t1")));
        assert_eq!(
            c.current().unwrap().expose(),
            "t2",
            "a late 401 to t1 keeps t2"
        );
        assert!(c.invalidate_sent("", Some("t2")));
        assert!(c.current().is_none());
        c.store(grant("t3"));
        assert!(c.invalidate_sent("TOKEN", Some("TOKENt3")));
        assert_eq!(
            c.current().unwrap().expose(),
            "t3",
            "prefix and token are separated"
        );
        assert!(c.invalidate_sent("TOKEN", None));
        assert!(c.current().is_none());
    }

    #[test]
    fn token_error_bodies_are_redacted() {
        let body = br#"{"error":"invalid_grant","refresh_token":"rt-secret","nested":{"access_token":"x"}}"#;
        let out = String::from_utf8(redact_tokens(body)).unwrap();
        assert!(out.contains("invalid_grant"));
        assert!(!out.contains("rt-secret") && !out.contains("\"x\""));
    }
}
