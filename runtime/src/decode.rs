//! Turning [`RawResponse`]s into values or errors. Nothing here panics, whatever the body.

use crate::error::{excerpt, ApiError, DecodeError, Error};
use crate::request::{RawResponse, Response};
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The typed response of an operation with one success shape: `body` reads a 2xx response
/// ([`decode_json`], [`decode_text`], [`body_bytes`], [`no_body`]); any other status is the
/// API's error. Generic, so it compiles into each operation's `decode` as if written there.
#[inline]
pub fn decode_success<T, E: DeserializeOwned>(
    raw: RawResponse,
    body: impl FnOnce(&RawResponse) -> Result<T, Error<E>>,
) -> Result<Response<T>, Error<E>> {
    if !raw.status.is_success() {
        return Err(api_error(raw));
    }
    let body = body(&raw)?;
    Ok(Response::from_raw(raw, body))
}

/// The body as bytes, for binary responses.
pub fn body_bytes<E>(raw: &RawResponse) -> Result<bytes::Bytes, Error<E>> {
    Ok(raw.body.clone())
}

/// Nothing: for responses without a body.
pub fn no_body<E>(_raw: &RawResponse) -> Result<(), Error<E>> {
    Ok(())
}

/// Decodes a JSON body into `T`. A failure names the failing field (`data[2].amount`) and
/// quotes the start of the body. An empty body decodes as `null` (so `Option<T>` and `()` work).
pub fn decode_json<T: DeserializeOwned, E>(raw: &RawResponse) -> Result<T, Error<E>> {
    decode_slice(raw, &raw.body).map_err(|e| Error::Decode(Box::new(e)))
}

pub(crate) fn decode_slice<T: DeserializeOwned>(
    raw: &RawResponse,
    body: &[u8],
) -> Result<T, DecodeError> {
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body); // tolerate a UTF-8 BOM
    let empty = body.iter().all(u8::is_ascii_whitespace);
    let text: &[u8] = if empty { b"null" } else { body };
    // Fast path: plain serde_json. serde_path_to_error records every map key as an owned
    // String as it goes, which made decoding 10,000 items ~1.7x slower (BENCHMARKS.md); the
    // path is only needed to describe a failure, so only a failure decodes a second time.
    if let Ok(v) = serde_json::from_slice::<T>(text) {
        return Ok(v);
    }
    let mut de = serde_json::Deserializer::from_slice(text);
    let result: Result<T, (String, serde_json::Error)> =
        match serde_path_to_error::deserialize(&mut de) {
            Ok(v) => de.end().map(|()| v).map_err(|e| (".".to_owned(), e)),
            Err(e) => Err((e.path().to_string(), e.into_inner())),
        };
    result.map_err(|(path, e)| {
        let mut message = if empty {
            "the body is empty but JSON was expected".to_owned()
        } else {
            e.to_string()
        };
        if let Some(ct) = content_type(raw) {
            if !ct.contains("json") {
                message.push_str(&format!(" (the response content-type is {ct:?}, not JSON)"));
            }
        }
        DecodeError {
            status: raw.status,
            path,
            message,
            excerpt: excerpt(&raw.body),
        }
    })
}

fn content_type(raw: &RawResponse) -> Option<String> {
    raw.headers
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// Decodes a text body; invalid UTF-8 is a decode error.
pub fn decode_text<E>(raw: &RawResponse) -> Result<String, Error<E>> {
    String::from_utf8(raw.body.to_vec()).map_err(|e| {
        Error::Decode(Box::new(DecodeError {
            status: raw.status,
            path: ".".into(),
            message: format!("the body is not valid UTF-8 text: {e}"),
            excerpt: excerpt(&raw.body),
        }))
    })
}

/// An error response as [`Error::Api`]: the typed body when it decodes, the raw body always.
pub fn api_error<E: DeserializeOwned>(raw: RawResponse) -> Error<E> {
    let body = if raw.body.iter().all(u8::is_ascii_whitespace) {
        None
    } else {
        serde_json::from_slice::<E>(&raw.body).ok()
    };
    Error::Api(Box::new(ApiError {
        status: raw.status,
        body,
        raw: raw.body,
        request_id: raw.request_id,
    }))
}

/// Checks an error envelope in a 2xx body: when the value at `code_pointer` is present and not
/// in `success`, the response is an [`Error::Api`] (e.g. `{"code": 401, ...}` on HTTP 200).
/// A body that is not JSON, or has no code, passes (decoding reports a broken body).
/// Numbers and numeric strings compare by value (`"0"` matches `0`).
pub fn check_envelope<E: DeserializeOwned>(
    raw: &RawResponse,
    code_pointer: &str,
    success: &[Value],
) -> Result<(), Error<E>> {
    let Ok(body) = serde_json::from_slice::<Value>(&raw.body) else {
        return Ok(());
    };
    let Some(code) = body.pointer(code_pointer) else {
        return Ok(());
    };
    if code.is_null() || success.iter().any(|s| loosely_equal(code, s)) {
        return Ok(());
    }
    Err(api_error(raw.clone()))
}

fn loosely_equal(a: &Value, b: &Value) -> bool {
    if a == b {
        return true;
    }
    let text = |v: &Value| match v {
        Value::Number(n) => Some(n.to_string()),
        Value::String(s) => Some(s.trim().to_owned()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    };
    match (text(a), text(b)) {
        (Some(x), Some(y)) => {
            x == y || matches!((x.parse::<f64>(), y.parse::<f64>()), (Ok(p), Ok(q)) if p == q)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bytes::Bytes;
    use reqwest::header::{HeaderMap, HeaderValue, CONTENT_TYPE};
    use reqwest::StatusCode;
    use serde::Deserialize;

    fn raw(status: u16, body: &[u8], ct: Option<&str>) -> RawResponse {
        let mut headers = HeaderMap::new();
        if let Some(ct) = ct {
            headers.insert(CONTENT_TYPE, HeaderValue::from_str(ct).unwrap());
        }
        RawResponse {
            status: StatusCode::from_u16(status).unwrap(),
            headers,
            body: Bytes::copy_from_slice(body),
            request_id: Some("rid".into()),
        }
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Item {
        id: u32,
        amount: i64,
    }

    #[test]
    fn decode_success_reads_a_2xx_body_and_turns_other_statuses_into_api_errors() {
        let ok: Response<Item> =
            decode_success::<_, Value>(raw(201, br#"{"id":1,"amount":5}"#, None), decode_json)
                .unwrap();
        assert_eq!(ok.status, 201);
        assert_eq!(ok.into_body(), Item { id: 1, amount: 5 });
        let empty = decode_success::<_, Value>(raw(204, b"", None), no_body).unwrap();
        assert_eq!(empty.request_id.as_deref(), Some("rid"));
        let bytes = decode_success::<_, Value>(raw(200, b"\x00\x01", None), body_bytes).unwrap();
        assert_eq!(bytes.into_body().as_ref(), b"\x00\x01");
        // A 4xx is the API's error, whatever the body reader.
        match decode_success::<Item, Value>(raw(404, br#"{"code":"missing"}"#, None), decode_json) {
            Err(Error::Api(api)) => {
                assert_eq!(api.status, 404);
                assert_eq!(api.body, Some(serde_json::json!({"code": "missing"})));
            }
            other => panic!("{other:?}"),
        }
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Page {
        data: Vec<Item>,
    }

    fn decode_err(r: &RawResponse) -> DecodeError {
        match decode_json::<Page, ()>(r) {
            Err(Error::Decode(d)) => *d,
            other => panic!("expected a decode error, got {other:?}"),
        }
    }

    #[test]
    fn decodes() {
        let r = raw(
            200,
            br#"{"data":[{"id":1,"amount":5}]}"#,
            Some("application/json"),
        );
        let p: Page = decode_json::<Page, ()>(&r).unwrap();
        assert_eq!(p.data, vec![Item { id: 1, amount: 5 }]);
    }

    #[test]
    fn failing_field_path_is_reported() {
        let r = raw(
            200,
            br#"{"data":[{"id":1,"amount":5},{"id":2,"amount":"x"}]}"#,
            Some("application/json"),
        );
        let e = decode_err(&r);
        assert_eq!(e.path, "data[1].amount");
        assert!(e.message.contains("invalid type"), "{}", e.message);
        assert_eq!(e.status, StatusCode::OK);
    }

    #[test]
    fn broken_bodies_map_to_decode_errors() {
        let html = raw(
            200,
            b"<html><body>502 Bad Gateway</body></html>",
            Some("text/html"),
        );
        let e = decode_err(&html);
        assert!(e.message.contains("text/html"), "{}", e.message);
        assert!(e.excerpt.starts_with("<html>"));

        let truncated = raw(200, br#"{"data":[{"id":1,"amo"#, Some("application/json"));
        assert!(decode_err(&truncated).message.contains("EOF"));

        let empty = raw(200, b"", None);
        assert!(decode_err(&empty).message.contains("empty"));

        let trailing = raw(200, br#"{"data":[]} junk"#, None);
        assert!(decode_err(&trailing).message.contains("trailing"));

        let binary = raw(200, &[0xff, 0x00, 0x81], None);
        decode_err(&binary);

        let big = vec![b'x'; 10 * 1024 * 1024];
        let e = decode_err(&raw(200, &big, Some("text/plain")));
        assert!(e.excerpt.len() <= crate::error::EXCERPT_LIMIT + 3);
    }

    #[test]
    fn empty_body_decodes_as_null_for_options_and_unit() {
        let r = raw(204, b"", None);
        assert_eq!(decode_json::<Option<Page>, ()>(&r).unwrap(), None);
        decode_json::<(), ()>(&r).unwrap();
    }

    #[test]
    fn text_decoding() {
        assert_eq!(decode_text::<()>(&raw(200, b"hi", None)).unwrap(), "hi");
        assert!(matches!(
            decode_text::<()>(&raw(200, &[0xff], None)),
            Err(Error::Decode(_))
        ));
    }

    #[derive(Debug, Deserialize)]
    struct VendorError {
        code: String,
    }

    #[test]
    fn api_error_keeps_typed_and_raw_body() {
        let e = api_error::<VendorError>(raw(422, br#"{"code":"ErrCodeInvalid"}"#, None));
        let Error::Api(a) = e else { panic!() };
        assert_eq!(a.body.unwrap().code, "ErrCodeInvalid");
        assert_eq!(a.request_id.as_deref(), Some("rid"));
        let e = api_error::<VendorError>(raw(502, b"<html>", None));
        let Error::Api(a) = e else { panic!() };
        assert!(a.body.is_none());
        assert_eq!(&a.raw[..], b"<html>");
    }

    #[test]
    fn envelope() {
        let ok = [serde_json::json!(0)];
        let good = raw(200, br#"{"code":0,"message":"ok","data":{}}"#, None);
        assert!(check_envelope::<Value>(&good, "/code", &ok).is_ok());
        let good_str = raw(200, br#"{"code":"0"}"#, None);
        assert!(check_envelope::<Value>(&good_str, "/code", &ok).is_ok());
        let bad = raw(200, br#"{"code":401,"message":"invalid key"}"#, None);
        let Err(Error::Api(a)) = check_envelope::<Value>(&bad, "/code", &ok) else {
            panic!()
        };
        assert_eq!(a.status, StatusCode::OK);
        assert_eq!(a.body.unwrap()["message"], "invalid key");
        let no_code = raw(200, br#"{"data":1}"#, None);
        assert!(check_envelope::<Value>(&no_code, "/code", &ok).is_ok());
        let not_json = raw(200, b"<html>", None);
        assert!(check_envelope::<Value>(&not_json, "/code", &ok).is_ok());
    }
}
