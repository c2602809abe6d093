//! Sensitive values (card numbers, security codes, PINs, passwords, tokens…) kept out of
//! `Debug` output and error texts.
//!
//! Generated models whose spec marks a property `x-sensitive` (or `format: password`) implement
//! `Debug` by hand and wrap each such field in [`Redacted`]: a value prints as `[redacted]`, or
//! as `[redacted ••••4242]` under the [`Mask::Last4`] rule (PCI DSS allows the last four digits
//! of a card number). [`Redact`] keeps the shape around the value: `None`, `Some(..)`, lists and
//! map keys stay visible. Serialization is untouched: only `Debug` changes.
//!
//! Request types with sensitive fields also implement [`SensitiveValues`], which yields the
//! values themselves. Generated operations hand them to
//! [`ApiRequest::sensitive_values_of`](crate::ApiRequest::sensitive_values_of), and a
//! [`Scrubber`] replaces them with `[redacted]` in any error the call returns: a server that
//! echoes the password it was sent does not put it into the error's text.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::{AuthError, Error};
use crate::nullable::Nullable;

/// What a redacted value is shown as.
pub const REDACTED: &str = "[redacted]";

/// Values shorter than this many characters are scrubbed from texts only as whole words.
pub const SHORT: usize = 6;

/// Shortest value (in letters and digits) of which [`Mask::Last4`] shows the last four: a
/// shorter one would give away too much of itself.
const LAST4_MIN: usize = 8;

/// How much of a sensitive value `Debug` shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mask {
    /// Nothing of the value.
    Full,
    /// The last four letters or digits of a long value (a card number); nothing of a short one.
    Last4,
}

impl Mask {
    /// Writes `text` under this mask.
    fn write(self, text: &str, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self == Mask::Last4 {
            let kept: Vec<char> = text.chars().filter(char::is_ascii_alphanumeric).collect();
            if kept.len() >= LAST4_MIN {
                let last: String = kept[kept.len() - 4..].iter().collect();
                return write!(f, "[redacted ••••{last}]");
            }
        }
        f.write_str(REDACTED)
    }
}

/// A value `Debug` can show redacted, keeping its shape (`None`, `Some(..)`, lists, map keys).
pub trait Redact {
    /// Writes the value as `Debug` would, with every sensitive part replaced under `mask`.
    fn fmt_redacted(&self, mask: Mask, f: &mut fmt::Formatter<'_>) -> fmt::Result;
}

/// A reference whose `Debug` is redacted: what generated `Debug` impls print for a sensitive
/// field.
pub struct Redacted<'a, T: ?Sized> {
    value: &'a T,
    mask: Mask,
}

impl<'a, T: Redact + ?Sized> Redacted<'a, T> {
    /// Shows nothing of the value.
    pub fn full(value: &'a T) -> Self {
        Redacted {
            value,
            mask: Mask::Full,
        }
    }

    /// Shows at most the last four letters or digits of the value.
    pub fn last4(value: &'a T) -> Self {
        Redacted {
            value,
            mask: Mask::Last4,
        }
    }
}

impl<T: Redact + ?Sized> fmt::Debug for Redacted<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.value.fmt_redacted(self.mask, f)
    }
}

/// Any value shown as `[redacted]` as a whole: for sensitive fields whose type is a generated
/// model (its parts are not told apart).
pub struct Opaque<'a, T: ?Sized>(pub &'a T);

impl<T: ?Sized> fmt::Debug for Opaque<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl Redact for str {
    fn fmt_redacted(&self, mask: Mask, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        mask.write(self, f)
    }
}

impl Redact for String {
    fn fmt_redacted(&self, mask: Mask, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        mask.write(self, f)
    }
}

/// Scalars are masked by their text (a PIN or an account number given as an integer).
macro_rules! redact_by_display {
    ($($ty:ty),*) => {$(
        impl Redact for $ty {
            fn fmt_redacted(&self, mask: Mask, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                mask.write(&self.to_string(), f)
            }
        }
    )*};
}

redact_by_display!(
    i32,
    i64,
    u32,
    u64,
    f64,
    bool,
    rust_decimal::Decimal,
    uuid::Uuid,
    crate::DateTime,
    crate::Date
);

impl Redact for Value {
    fn fmt_redacted(&self, mask: Mask, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::String(text) => mask.write(text, f),
            Value::Number(n) => mask.write(&n.to_string(), f),
            _ => f.write_str(REDACTED),
        }
    }
}

impl Redact for bytes::Bytes {
    fn fmt_redacted(&self, _mask: Mask, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(REDACTED)
    }
}

impl<T: Redact + ?Sized> Redact for Box<T> {
    fn fmt_redacted(&self, mask: Mask, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt_redacted(mask, f)
    }
}

impl<T: Redact> Redact for Option<T> {
    fn fmt_redacted(&self, mask: Mask, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            None => f.write_str("None"),
            Some(value) => f
                .debug_tuple("Some")
                .field(&Redacted { value, mask })
                .finish(),
        }
    }
}

impl<T: Redact> Redact for Nullable<T> {
    fn fmt_redacted(&self, mask: Mask, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Nullable::Absent => f.write_str("Absent"),
            Nullable::Null => f.write_str("Null"),
            Nullable::Value(value) => f
                .debug_tuple("Value")
                .field(&Redacted { value, mask })
                .finish(),
        }
    }
}

impl<T: Redact> Redact for Vec<T> {
    fn fmt_redacted(&self, mask: Mask, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list()
            .entries(self.iter().map(|value| Redacted { value, mask }))
            .finish()
    }
}

impl<K: fmt::Debug, T: Redact> Redact for BTreeMap<K, T> {
    fn fmt_redacted(&self, mask: Mask, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(
                self.iter()
                    .map(|(key, value)| (key, Redacted { value, mask })),
            )
            .finish()
    }
}

/// A request value that carries sensitive values: generated for request models with sensitive
/// fields, at any depth. The runtime scrubs these values out of the errors of the call.
pub trait SensitiveValues {
    /// Calls `out` with each sensitive value held (as sent: strings as they are, numbers as
    /// their JSON text).
    fn sensitive_values(&self, out: &mut dyn FnMut(&str));
}

impl<T: SensitiveValues + ?Sized> SensitiveValues for Box<T> {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        (**self).sensitive_values(out);
    }
}

impl<T: SensitiveValues> SensitiveValues for Option<T> {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        if let Some(value) = self {
            value.sensitive_values(out);
        }
    }
}

impl<T: SensitiveValues> SensitiveValues for Nullable<T> {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        if let Nullable::Value(value) = self {
            value.sensitive_values(out);
        }
    }
}

impl<T: SensitiveValues> SensitiveValues for Vec<T> {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        for value in self {
            value.sensitive_values(out);
        }
    }
}

impl<K, T: SensitiveValues> SensitiveValues for BTreeMap<K, T> {
    fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {
        for value in self.values() {
            value.sensitive_values(out);
        }
    }
}

/// Calls `out` with every string and number inside `value` as it is serialized: what generated
/// [`SensitiveValues`] impls call for a field marked sensitive, whatever its type.
pub fn values_of<T: serde::Serialize + ?Sized>(value: &T, out: &mut dyn FnMut(&str)) {
    fn walk(value: &Value, out: &mut dyn FnMut(&str)) {
        match value {
            Value::String(text) => out(text),
            Value::Number(n) => out(&n.to_string()),
            Value::Array(items) => items.iter().for_each(|item| walk(item, out)),
            Value::Object(map) => map.values().for_each(|item| walk(item, out)),
            Value::Null | Value::Bool(_) => {}
        }
    }
    if let Ok(value) = serde_json::to_value(value) {
        walk(&value, out);
    }
}

/// Replaces given values (what the client sent as sensitive) with `[redacted]` in texts and
/// errors.
#[derive(Clone, Default)]
pub struct Scrubber {
    /// Values to replace, longest first so that a value inside another goes with it.
    values: Vec<String>,
    /// The client whose credentials are scrubbed too; read only when there is an error.
    client: Option<crate::Core>,
}

// The values are the secrets themselves.
impl fmt::Debug for Scrubber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Scrubber")
            .field("values", &self.values.len())
            .field("credentials", &self.client.is_some())
            .finish()
    }
}

impl Scrubber {
    /// Adds a value to scrub; empty values are ignored. Its JSON-escaped form (a password with
    /// a quote or backslash, as a server echoes it inside a JSON string) is scrubbed too.
    pub fn add(&mut self, value: &str) {
        if value.is_empty() || self.values.iter().any(|known| known == value) {
            return;
        }
        let quoted = serde_json::to_string(value).unwrap_or_default();
        if let Some(escaped) = quoted.get(1..quoted.len().saturating_sub(1)) {
            if escaped != value && !escaped.is_empty() {
                self.values.push(escaped.to_owned());
            }
        }
        self.values.push(value.to_owned());
        self.values
            .sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        self.values.dedup();
    }

    /// Scrubs the credentials of `client`'s auth providers (passwords, secrets, keys, the
    /// tokens they hold) as well; they are read only when an error is scrubbed.
    pub fn credentials_of(&mut self, client: &crate::Core) {
        self.client = Some(client.clone());
    }

    /// True when there is nothing to scrub.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty() && self.client.is_none()
    }

    /// `text` with every value replaced by `[redacted]`, in one pass from left to right. A
    /// value shorter than [`SHORT`] characters (a CVV, a PIN, a test key like `k`) is replaced
    /// only where it stands as a word of its own, so that it does not cut every other word
    /// that happens to contain it.
    pub fn text(&self, text: &str) -> String {
        if !self
            .values
            .iter()
            .any(|value| text.contains(value.as_str()))
        {
            return text.to_owned();
        }
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        let mut after_word = false;
        while let Some(c) = rest.chars().next() {
            let found = self.values.iter().find(|value| {
                rest.starts_with(value.as_str())
                    && (value.chars().count() >= SHORT
                        || (!after_word
                            && !rest[value.len()..]
                                .starts_with(|next: char| next.is_alphanumeric())))
            });
            match found {
                Some(value) => {
                    out.push_str(REDACTED);
                    rest = &rest[value.len()..];
                    after_word = false;
                }
                None => {
                    out.push(c);
                    rest = &rest[c.len_utf8()..];
                    after_word = c.is_alphanumeric();
                }
            }
        }
        out
    }

    /// A response body with the values scrubbed. A JSON body stays valid JSON (strings that
    /// hold a value get it replaced, numbers equal to one become `"[redacted]"`); any other body
    /// is scrubbed as text. A body holding none of the values comes back as it was.
    pub fn body(&self, body: &bytes::Bytes) -> bytes::Bytes {
        if self.is_empty() {
            return body.clone();
        }
        let text = String::from_utf8_lossy(body);
        if !self
            .values
            .iter()
            .any(|value| text.contains(value.as_str()))
        {
            return body.clone();
        }
        if let Ok(mut json) = serde_json::from_slice::<Value>(body) {
            self.json(&mut json);
            if let Ok(text) = serde_json::to_vec(&json) {
                return bytes::Bytes::from(text);
            }
        }
        bytes::Bytes::from(self.text(&text))
    }

    fn json(&self, value: &mut Value) {
        match value {
            Value::String(text) => *text = self.text(text),
            Value::Number(n) => {
                let text = n.to_string();
                if self.values.contains(&text) {
                    *value = Value::String(REDACTED.to_owned());
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|item| self.json(item)),
            Value::Object(map) => map.values_mut().for_each(|item| self.json(item)),
            Value::Null | Value::Bool(_) => {}
        }
    }

    /// The error with the values scrubbed from every text it holds. An API error's raw body is
    /// scrubbed and its typed body decoded again from the scrubbed bytes, so neither
    /// `Display`, `Debug` nor the fields give the values back.
    pub fn error<E: DeserializeOwned>(&self, error: Error<E>) -> Error<E> {
        match &self.client {
            Some(client) => {
                let mut all = Scrubber {
                    values: self.values.clone(),
                    client: None,
                };
                client.credentials(&mut |value| all.add(value));
                all.scrub(error)
            }
            None if self.values.is_empty() => error,
            None => self.scrub(error),
        }
    }

    fn scrub<E: DeserializeOwned>(&self, error: Error<E>) -> Error<E> {
        match error {
            Error::Api(mut api) => {
                let scrubbed = self.body(&api.raw);
                if scrubbed != api.raw {
                    api.body = if scrubbed.iter().all(u8::is_ascii_whitespace) {
                        None
                    } else {
                        serde_json::from_slice::<E>(&scrubbed).ok()
                    };
                    api.raw = scrubbed;
                }
                Error::Api(api)
            }
            Error::Decode(mut decode) => {
                decode.message = self.text(&decode.message);
                decode.excerpt = self.text(&decode.excerpt);
                decode.path = self.text(&decode.path);
                Error::Decode(decode)
            }
            Error::Transport(mut transport) => {
                transport.message = self.text(&transport.message);
                Error::Transport(transport)
            }
            Error::Auth(auth) => Error::Auth(self.auth(auth)),
            other => other,
        }
    }

    fn auth(&self, error: AuthError) -> AuthError {
        match error {
            AuthError::TokenRejected {
                endpoint,
                status,
                detail,
            } => AuthError::TokenRejected {
                endpoint,
                status,
                detail: self.text(&detail),
            },
            AuthError::InvalidTokenResponse { endpoint, what } => AuthError::InvalidTokenResponse {
                endpoint,
                what: self.text(&what),
            },
            AuthError::Transport { endpoint, message } => AuthError::Transport {
                endpoint,
                message: self.text(&message),
            },
            AuthError::VerificationRequired(text) => {
                AuthError::VerificationRequired(self.text(&text))
            }
            AuthError::Signing(text) => AuthError::Signing(self.text(&text)),
            AuthError::Config(text) => AuthError::Config(self.text(&text)),
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{ApiError, DecodeError};
    use reqwest::StatusCode;

    #[derive(Debug)]
    struct Shown<'a, T: Redact + ?Sized>(Redacted<'a, T>);

    fn full<T: Redact + ?Sized>(value: &T) -> String {
        format!("{:?}", Redacted::full(value))
    }

    fn last4<T: Redact + ?Sized>(value: &T) -> String {
        format!("{:?}", Redacted::last4(value))
    }

    #[test]
    fn strings_show_nothing_or_their_last_four() {
        assert_eq!(full("4242424242424242"), "[redacted]");
        assert_eq!(last4("4242424242424242"), "[redacted ••••4242]");
        // Separators are not digits: the last four digits are shown.
        assert_eq!(last4("5281 5281 5281 1234"), "[redacted ••••1234]");
        // Too short to show any of it.
        assert_eq!(last4("1234567"), "[redacted]");
        assert_eq!(last4(""), "[redacted]");
        assert_eq!(full(&String::from("hunter2")), "[redacted]");
        assert_eq!(last4(&4111111111111111_i64), "[redacted ••••1111]");
        assert_eq!(full(&1234_i64), "[redacted]");
    }

    #[test]
    fn containers_keep_their_shape_and_hide_their_values() {
        let none: Option<String> = None;
        assert_eq!(full(&none), "None");
        assert_eq!(full(&Some("1234".to_string())), "Some([redacted])");
        assert_eq!(
            last4(&vec!["4000056655665556".to_string(), "x".to_string()]),
            "[[redacted ••••5556], [redacted]]"
        );
        let map = BTreeMap::from([("pin".to_string(), "1234".to_string())]);
        assert_eq!(full(&map), "{\"pin\": [redacted]}");
        assert_eq!(full(&Nullable::<String>::Absent), "Absent");
        assert_eq!(full(&Nullable::<String>::Null), "Null");
        assert_eq!(
            full(&Nullable::Value(Box::new("secret".to_string()))),
            "Value([redacted])"
        );
        assert_eq!(
            full(&Some(vec![Some(serde_json::json!("otp-1"))])),
            "Some([Some([redacted])])"
        );
        // Pretty printing nests the same way.
        let pretty = format!("{:#?}", Shown(Redacted::full(&Some("hunter2".to_string()))));
        assert!(!pretty.contains("hunter2"), "{pretty}");
        assert!(pretty.contains("Some(\n"), "{pretty}");
        assert_eq!(format!("{:?}", Opaque(&"4242")), "[redacted]");
    }

    #[test]
    fn values_of_yields_every_string_and_number() {
        let mut seen = Vec::new();
        values_of(
            &serde_json::json!({"a": "x", "b": [1, {"c": "y"}], "d": null, "e": true}),
            &mut |v: &str| seen.push(v.to_owned()),
        );
        assert_eq!(seen, ["x", "1", "y"]);
    }

    fn scrubber(values: &[&str]) -> Scrubber {
        let mut s = Scrubber::default();
        for v in values {
            s.add(v);
        }
        s
    }

    #[test]
    fn text_and_bodies_lose_the_values() {
        let s = scrubber(&["hunter2", "", "pa\"ss"]);
        assert_eq!(s.text("bad password hunter2!"), "bad password [redacted]!");
        assert_eq!(s.text("nothing here"), "nothing here");
        // Short values go only where they are words of their own.
        let short = scrubber(&["k", "737"]);
        assert_eq!(
            short.text("Invalid API key k; cvv 737 (ref 17371)"),
            "Invalid API key [redacted]; cvv [redacted] (ref 17371)"
        );
        // JSON bodies stay JSON, escaped values included.
        let body = bytes::Bytes::from_static(
            br#"{"message":"wrong password: hunter2","echo":"pa\"ss","n":1}"#,
        );
        let scrubbed = s.body(&body);
        let json: Value = serde_json::from_slice(&scrubbed).unwrap();
        assert_eq!(json["message"], "wrong password: [redacted]");
        assert_eq!(json["echo"], "[redacted]");
        assert_eq!(json["n"], 1);
        // A body without the values is kept byte for byte.
        let clean = bytes::Bytes::from_static(b"{ \"a\" : 1 }");
        assert_eq!(s.body(&clean), clean);
        // Text bodies are scrubbed as text.
        let html = bytes::Bytes::from_static(b"<p>pa\"ss hunter2</p>");
        assert_eq!(&s.body(&html)[..], b"<p>[redacted] [redacted]</p>");
        // A number equal to a value is replaced too.
        let pin = scrubber(&["4321"]);
        let body = bytes::Bytes::from_static(br#"{"pin":4321,"other":43210}"#);
        let json: Value = serde_json::from_slice(&pin.body(&body)).unwrap();
        assert_eq!(json["pin"], "[redacted]");
        assert_eq!(json["other"], 43210);
    }

    #[derive(Debug, serde::Deserialize)]
    struct Body {
        message: String,
    }

    #[test]
    fn errors_lose_the_values_in_display_debug_and_fields() {
        let s = scrubber(&["hunter2"]);
        let api: Error<Body> = Error::Api(Box::new(ApiError {
            status: StatusCode::UNAUTHORIZED,
            body: Some(Body {
                message: "hunter2 is wrong".into(),
            }),
            raw: bytes::Bytes::from_static(br#"{"message":"hunter2 is wrong"}"#),
            request_id: None,
        }));
        let api = s.error(api);
        for text in [api.to_string(), format!("{api:?}"), format!("{api:#?}")] {
            assert!(!text.contains("hunter2"), "{text}");
            assert!(text.contains("[redacted] is wrong"), "{text}");
        }
        let Error::Api(inner) = &api else { panic!() };
        assert_eq!(inner.body.as_ref().unwrap().message, "[redacted] is wrong");

        let decode: Error<Body> = Error::Decode(Box::new(DecodeError {
            status: StatusCode::OK,
            path: ".".into(),
            message: "invalid type: string \"hunter2\"".into(),
            excerpt: "\"hunter2\"".into(),
        }));
        let text = format!("{:?} {}", s.error(decode), "");
        assert!(!text.contains("hunter2"), "{text}");

        let auth: Error<Body> = Error::Auth(AuthError::TokenRejected {
            endpoint: "/login".into(),
            status: StatusCode::BAD_REQUEST,
            detail: "password hunter2 rejected".into(),
        });
        let text = s.error(auth).to_string();
        assert!(!text.contains("hunter2"), "{text}");

        // The credentials of the client's providers are scrubbed too, tokens they hold included.
        let core = crate::CoreBuilder::new("test")
            .base_url("http://127.0.0.1:9")
            .auth(
                "key",
                std::sync::Arc::new(crate::auth::ApiKey::header("X-Key", "key-0123456789")),
            )
            .auth(
                "basic",
                std::sync::Arc::new(crate::auth::Basic::new("user", "basic-pass-01")),
            )
            .auth(
                "signed",
                std::sync::Arc::new(crate::auth::Signed::new(std::sync::Arc::new(
                    crate::auth::HmacRequestSigner::new("hmac-secret-01", "{body}", "X-Sig")
                        .static_header("X-Key", "public-key-01"),
                ))),
            )
            .build()
            .unwrap();
        let mut with_client = scrubber(&["hunter2"]);
        with_client.credentials_of(&core);
        let echoed: Error<Body> = Error::Api(Box::new(ApiError {
            status: StatusCode::FORBIDDEN,
            body: None,
            raw: bytes::Bytes::from_static(
                b"key key-0123456789, basic dXNlcjpiYXNpYy1wYXNzLTAx, password basic-pass-01, hmac-secret-01 public-key-01, hunter2",
            ),
            request_id: None,
        }));
        let text = with_client.error(echoed).to_string();
        assert!(
            text.ends_with(
                "key [redacted], basic [redacted], password [redacted], [redacted] [redacted], [redacted]"
            ),
            "{text}"
        );

        // Nothing to scrub: the error is returned as it was.
        let untouched = Scrubber::default().error::<Body>(Error::Timeout(Default::default()));
        assert!(matches!(untouched, Error::Timeout(_)));
    }
}
