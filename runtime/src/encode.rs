//! Request bodies and query values from serialisable values: JSON, form-urlencoded (nested
//! objects as `a[b]=c`, the deepObject convention, or per field as the spec's `encoding` says),
//! multipart text fields.

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
    form_pairs(value, &[]).map(RequestBody::Form)
}

/// The pairs of a form body: each top-level field in its style from `encodings`, the others as
/// [`FormStyle::DeepObject`].
fn form_pairs<T: Serialize + ?Sized, E>(
    value: &T,
    encodings: &[(&str, FormStyle)],
) -> Result<Vec<(String, String)>, Error<E>> {
    let tree =
        serde_json::to_value(value).map_err(|e| Error::Config(encode_error("form body", e)))?;
    let Value::Object(map) = tree else {
        return Err(Error::Config(encode_error(
            "form body",
            format!("expected an object, got {tree}"),
        )));
    };
    let mut pairs = Vec::new();
    for (key, value) in map {
        let style = encodings
            .iter()
            .find(|(name, _)| *name == key)
            .map_or(FormStyle::DeepObject, |(_, style)| *style);
        encode_field(&key, &value, style, &mut pairs);
    }
    Ok(pairs)
}

/// How one field of a form body is written, from the spec's `encoding` object.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormStyle {
    /// As [`form_body`] writes every field: lists as repeated keys, objects as `key[sub]`
    /// (`style: deepObject`).
    DeepObject,
    /// `style: form, explode: true`: lists as repeated keys, an object's properties as keys of
    /// their own.
    Exploded,
    /// `style: form, explode: false`: `a,b,c`, and objects as `k1,v1,k2,v2`.
    Comma,
    /// `style: spaceDelimited`: `a b c`.
    SpaceDelimited,
    /// `style: pipeDelimited`: `a|b|c`.
    PipeDelimited,
    /// `contentType: application/json`: the field's value as JSON text.
    Json,
}

/// An `application/x-www-form-urlencoded` body whose fields listed in `encodings` are written
/// in their own style; the others as [`form_body`] writes them.
pub fn form_body_encoded<T: Serialize + ?Sized, E>(
    value: &T,
    encodings: &[(&str, FormStyle)],
) -> Result<RequestBody, Error<E>> {
    form_pairs(value, encodings).map(RequestBody::Form)
}

fn encode_field(key: &str, value: &Value, style: FormStyle, out: &mut Vec<(String, String)>) {
    let delimiter = match style {
        FormStyle::DeepObject => return flatten(key, value, out),
        FormStyle::Json if value.is_null() => return,
        FormStyle::Json => return out.push((key.to_string(), value.to_string())),
        FormStyle::Exploded => {
            match value {
                Value::Object(map) => {
                    for (sub, inner) in map {
                        flatten(sub, inner, out);
                    }
                }
                other => flatten(key, other, out),
            }
            return;
        }
        FormStyle::Comma => ",",
        FormStyle::SpaceDelimited => " ",
        FormStyle::PipeDelimited => "|",
    };
    let items: Vec<String> = match value {
        Value::Null => return,
        Value::Array(items) => items.iter().map(scalar_text).collect(),
        Value::Object(map) => map
            .iter()
            .flat_map(|(k, v)| [k.clone(), scalar_text(v)])
            .collect(),
        other => vec![scalar_text(other)],
    };
    out.push((key.to_string(), items.join(delimiter)));
}

/// A scalar as form text; a nested list or object, which these styles cannot express, as JSON.
fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// A `multipart/form-data` body of text fields, flattened like [`form_body`].
pub fn multipart_body<T: Serialize + ?Sized, E>(value: &T) -> Result<RequestBody, Error<E>> {
    let parts = form_pairs::<T, E>(value, &[])?
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
    fn form_fields_follow_their_encoding() {
        let body = json!({
            "meta": {"source": "api", "n": 2},
            "ids": ["a", "b"],
            "tags": ["x", "y"],
            "words": ["p", "q"],
            "filter": {"status": "open", "kind": "card"},
            "range": {"from": 1},
            "plain": ["r", "s"],
            "skip": null,
        });
        let encodings = [
            ("meta", FormStyle::Json),
            ("ids", FormStyle::Comma),
            ("tags", FormStyle::PipeDelimited),
            ("words", FormStyle::SpaceDelimited),
            ("filter", FormStyle::Exploded),
            ("range", FormStyle::Comma),
            ("skip", FormStyle::Json),
        ];
        let RequestBody::Form(pairs) = form_body_encoded::<_, ()>(&body, &encodings).unwrap()
        else {
            panic!("not a form")
        };
        let expect = |k: &str, v: &str| (k.to_string(), v.to_string());
        assert_eq!(
            pairs,
            vec![
                expect("meta", r#"{"source":"api","n":2}"#),
                expect("ids", "a,b"),
                expect("tags", "x|y"),
                expect("words", "p q"),
                expect("status", "open"),
                expect("kind", "card"),
                expect("range", "from,1"),
                expect("plain", "r"),
                expect("plain", "s"),
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
