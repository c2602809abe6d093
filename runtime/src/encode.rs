//! Request bodies and query values from serialisable values: JSON, form-urlencoded (nested
//! objects as `a[b]=c`, the deepObject convention), multipart text fields.

use serde::Serialize;
use serde_json::Value;

use crate::error::{ConfigError, Error};
use crate::request::{MultipartPart, MultipartValue, RequestBody};

fn encode_error(what: &str, err: impl std::fmt::Display) -> ConfigError {
    ConfigError::Other(format!("the {what} could not be encoded: {err}"))
}

/// A JSON request body.
pub fn json_body<T: Serialize + ?Sized, E>(value: &T) -> Result<RequestBody, Error<E>> {
    serde_json::to_vec(value)
        .map(RequestBody::Json)
        .map_err(|e| Error::Config(encode_error("request body", e)))
}

/// An `application/x-www-form-urlencoded` body: one pair per scalar, repeated keys for lists,
/// `key[sub]` for nested objects; nulls are left out.
pub fn form_body<T: Serialize + ?Sized, E>(value: &T) -> Result<RequestBody, Error<E>> {
    form_pairs(value).map(RequestBody::Form)
}

fn form_pairs<T: Serialize + ?Sized, E>(value: &T) -> Result<Vec<(String, String)>, Error<E>> {
    let tree =
        serde_json::to_value(value).map_err(|e| Error::Config(encode_error("form body", e)))?;
    let mut pairs = Vec::new();
    match tree {
        Value::Object(map) => {
            for (key, value) in map {
                flatten(&key, &value, &mut pairs);
            }
        }
        other => {
            return Err(Error::Config(encode_error(
                "form body",
                format!("expected an object, got {other}"),
            )))
        }
    }
    Ok(pairs)
}

/// A `multipart/form-data` body of text fields, flattened like [`form_body`].
pub fn multipart_body<T: Serialize + ?Sized, E>(value: &T) -> Result<RequestBody, Error<E>> {
    let parts = form_pairs::<T, E>(value)?
        .into_iter()
        .map(|(name, text)| MultipartPart {
            name,
            value: MultipartValue::Text(text),
        })
        .collect();
    Ok(RequestBody::Multipart(parts))
}

/// Query pairs for a deepObject parameter: `name[key]=value` for each property.
pub fn deep_object_pairs<T: Serialize + ?Sized>(name: &str, value: &T) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    if let Ok(tree) = serde_json::to_value(value) {
        flatten(name, &tree, &mut pairs);
    }
    pairs
}

fn flatten(key: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Null => {}
        Value::String(s) => out.push((key.to_string(), s.clone())),
        Value::Bool(_) | Value::Number(_) => out.push((key.to_string(), value.to_string())),
        Value::Array(items) => {
            for item in items {
                flatten(key, item, out);
            }
        }
        Value::Object(map) => {
            for (sub, inner) in map {
                flatten(&format!("{key}[{sub}]"), inner, out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn form_flattens_lists_and_nested_objects() {
        let body = json!({"grant_type": "password", "scope": ["a", "b"], "customer": {"id": 7}, "skip": null});
        let RequestBody::Form(pairs) = form_body::<_, ()>(&body).unwrap() else {
            panic!("not a form")
        };
        let expect = |k: &str, v: &str| (k.to_string(), v.to_string());
        assert_eq!(
            pairs,
            vec![
                expect("grant_type", "password"),
                expect("scope", "a"),
                expect("scope", "b"),
                expect("customer[id]", "7")
            ]
        );
    }

    #[test]
    fn deep_object_pairs_use_brackets() {
        assert_eq!(
            deep_object_pairs("filter", &json!({"status": "open", "range": {"from": 1}})),
            // Field order is kept (serde_json's preserve_order is enabled in this crate).
            vec![
                ("filter[status]".to_string(), "open".to_string()),
                ("filter[range][from]".to_string(), "1".to_string()),
            ]
        );
    }

    #[test]
    fn a_scalar_is_not_a_form() {
        assert!(matches!(
            form_body::<_, ()>(&json!(3)),
            Err(Error::Config(_))
        ));
    }
}
