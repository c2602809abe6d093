//! Retry policy: exponential backoff with full jitter, capped, honouring `Retry-After`.
//!
//! The loop that uses it lives in `Core::execute` and is hand-written rather than taken from a
//! retry crate: it must look at `Retry-After`, at the request's idempotency and at the kind of
//! failure, and it must share one tracing span and one 401-refresh budget across attempts.

use reqwest::header::{HeaderMap, RETRY_AFTER};
use reqwest::StatusCode;
use std::time::{Duration, SystemTime};

/// When and how often to retry. Retries only happen for requests marked idempotent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
    retry_timeouts: bool,
}

impl Default for RetryPolicy {
    /// 3 attempts, backoff 250 ms doubling up to 10 s (full jitter), `Retry-After` honoured up to
    /// 60 s, timeouts retried.
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(250),
            max_backoff: Duration::from_secs(10),
            max_retry_after: Duration::from_secs(60),
            retry_timeouts: true,
        }
    }
}

impl RetryPolicy {
    /// The defaults: see [`RetryPolicy::default`].
    #[allow(clippy::should_implement_trait)]
    pub fn default() -> Self {
        <Self as Default>::default()
    }

    /// One attempt, no retries.
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..<Self as Default>::default()
        }
    }

    /// Total attempts including the first (at least 1).
    pub fn max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = n.max(1);
        self
    }

    /// Backoff ceiling before the first retry; doubles on each further retry.
    pub fn initial_backoff(mut self, d: Duration) -> Self {
        self.initial_backoff = d;
        self
    }

    /// Cap on the backoff ceiling.
    pub fn max_backoff(mut self, d: Duration) -> Self {
        self.max_backoff = d;
        self
    }

    /// Longest `Retry-After` that is waited for; a longer one ends the retries and the
    /// response is returned as it is.
    pub fn max_retry_after(mut self, d: Duration) -> Self {
        self.max_retry_after = d;
        self
    }

    /// Whether a timed-out attempt is retried (default true).
    pub fn retry_timeouts(mut self, yes: bool) -> Self {
        self.retry_timeouts = yes;
        self
    }

    /// Total attempts including the first.
    pub fn attempts(&self) -> u32 {
        self.max_attempts
    }

    pub(crate) fn retries_timeouts(&self) -> bool {
        self.retry_timeouts
    }

    /// Statuses worth retrying: the server says it may succeed later.
    pub fn is_retryable_status(status: StatusCode) -> bool {
        matches!(status.as_u16(), 408 | 429 | 502 | 503 | 504)
    }

    /// Delay before retry number `retry` (1-based): uniform in `[0, min(max, initial * 2^(retry-1))]`.
    pub fn backoff(&self, retry: u32) -> Duration {
        let ceiling = self.ceiling(retry);
        if ceiling.is_zero() {
            return ceiling;
        }
        let nanos = ceiling.as_nanos().min(u64::MAX as u128) as u64;
        Duration::from_nanos(rand::Rng::gen_range(&mut rand::thread_rng(), 0..=nanos))
    }

    fn ceiling(&self, retry: u32) -> Duration {
        let shift = retry.saturating_sub(1).min(31);
        self.initial_backoff
            .checked_mul(1u32 << shift)
            .unwrap_or(self.max_backoff)
            .min(self.max_backoff)
    }

    /// The delay before the next attempt after a retryable response: `Retry-After` when the
    /// server sent one (None when it exceeds `max_retry_after`), else the jittered backoff.
    pub(crate) fn delay_after_response(&self, retry: u32, headers: &HeaderMap) -> Option<Duration> {
        match retry_after(headers, SystemTime::now()) {
            Some(d) if d > self.max_retry_after => None,
            Some(d) => Some(d),
            None => Some(self.backoff(retry)),
        }
    }
}

/// Parses `Retry-After` as delay-seconds or an HTTP date (relative to `now`).
pub fn retry_after(headers: &HeaderMap, now: SystemTime) -> Option<Duration> {
    let v = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(v).ok()?;
    Some(when.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn backoff_is_capped_full_jitter() {
        let p = RetryPolicy::default()
            .initial_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_millis(350));
        assert_eq!(p.ceiling(1), Duration::from_millis(100));
        assert_eq!(p.ceiling(2), Duration::from_millis(200));
        assert_eq!(p.ceiling(3), Duration::from_millis(350));
        assert_eq!(p.ceiling(40), Duration::from_millis(350));
        let mut distinct = std::collections::HashSet::new();
        for _ in 0..200 {
            let d = p.backoff(3);
            assert!(d <= Duration::from_millis(350));
            distinct.insert(d);
        }
        // Full jitter: values spread over the range rather than a fixed delay.
        assert!(distinct.len() > 10);
    }

    #[test]
    fn policies() {
        assert_eq!(RetryPolicy::none().attempts(), 1);
        assert_eq!(RetryPolicy::default().attempts(), 3);
        assert_eq!(RetryPolicy::default().max_attempts(0).attempts(), 1);
        for s in [408, 429, 502, 503, 504] {
            assert!(RetryPolicy::is_retryable_status(
                StatusCode::from_u16(s).unwrap()
            ));
        }
        for s in [200, 400, 401, 404, 409, 500, 501] {
            assert!(!RetryPolicy::is_retryable_status(
                StatusCode::from_u16(s).unwrap()
            ));
        }
    }

    #[test]
    fn parses_retry_after() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        let mut h = HeaderMap::new();
        h.insert(RETRY_AFTER, HeaderValue::from_static("7"));
        assert_eq!(retry_after(&h, now), Some(Duration::from_secs(7)));
        let date = httpdate::fmt_http_date(now + Duration::from_secs(30));
        h.insert(RETRY_AFTER, HeaderValue::from_str(&date).unwrap());
        assert_eq!(retry_after(&h, now), Some(Duration::from_secs(30)));
        let past = httpdate::fmt_http_date(now - Duration::from_secs(30));
        h.insert(RETRY_AFTER, HeaderValue::from_str(&past).unwrap());
        assert_eq!(retry_after(&h, now), Some(Duration::ZERO));
        h.insert(RETRY_AFTER, HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&h, now), None);
    }

    #[test]
    fn long_retry_after_stops_retrying() {
        let p = RetryPolicy::default().max_retry_after(Duration::from_secs(5));
        let mut h = HeaderMap::new();
        h.insert(RETRY_AFTER, HeaderValue::from_static("120"));
        assert_eq!(p.delay_after_response(1, &h), None);
        h.insert(RETRY_AFTER, HeaderValue::from_static("2"));
        assert_eq!(p.delay_after_response(1, &h), Some(Duration::from_secs(2)));
    }
}
