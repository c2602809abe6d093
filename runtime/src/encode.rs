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

/// The query pairs of a `style: form` parameter whose value is an object, a map, a union or
/// any JSON value. A scalar is one pair, as [`crate::ParamValue`] writes it; a list is one pair
/// per item (`explode`) or one comma-joined pair; an object is one pair per property
/// (`explode`: `a=1&b=2`, the parameter's own name unused, as OpenAPI says) or one pair
/// `name=a,1,b,2`; `null` is no pair. Values nested deeper than that are written as JSON text.
pub fn form_param_pairs<T: Serialize + ?Sized>(
    name: &str,
    value: &T,
    explode: bool,
) -> Vec<(String, String)> {
    let tree = serde_json::to_value(value).unwrap_or(Value::Null);
    let pair = |key: &str, text: String| (key.to_string(), text);
    match tree {
        Value::Null => Vec::new(),
        Value::Array(items) if explode => items
            .iter()
            .filter(|v| !v.is_null())
            .map(|v| pair(name, scalar_text(v)))
            .collect(),
        Value::Object(map) if explode => map
            .iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| pair(k, scalar_text(v)))
            .collect(),
        other => vec![pair(name, simple_text(&other, false))],
    }
}

/// The text of a `style: simple` parameter (path, header) or a cookie whose value is an object,
/// a map, a union or any JSON value: a scalar as [`crate::ParamValue`] writes it, a list
/// comma-joined, an object as `a,1,b,2` (or `a=1,b=2` when `explode`), `null` as nothing.
pub fn simple_param<T: Serialize + ?Sized>(value: &T, explode: bool) -> String {
    simple_text(&serde_json::to_value(value).unwrap_or(Value::Null), explode)
}

fn simple_text(value: &Value, explode: bool) -> String {
    match value {
        Value::Array(items) => items.iter().map(scalar_text).collect::<Vec<_>>().join(","),
        Value::Object(map) => {
            let separator = if explode { "=" } else { "," };
            map.iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| format!("{k}{separator}{}", scalar_text(v)))
                .collect::<Vec<_>>()
                .join(",")
        }
        other => scalar_text(other),
    }
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
    fn form_parameters_of_any_shape() {
        let pairs = |v: Value, explode| form_param_pairs("p", &v, explode);
        let p = |k: &str, v: &str| (k.to_string(), v.to_string());
        assert_eq!(pairs(json!("name"), true), [p("p", "name")]);
        assert_eq!(pairs(json!(42), false), [p("p", "42")]);
        assert_eq!(pairs(json!(null), true), []);
        assert_eq!(pairs(json!([1, 2]), true), [p("p", "1"), p("p", "2")]);
        assert_eq!(pairs(json!([1, 2]), false), [p("p", "1,2")]);
        let object = json!({"first": "Alex", "role": "admin", "skip": null});
        assert_eq!(
            pairs(object.clone(), true),
            [p("first", "Alex"), p("role", "admin")]
        );
        assert_eq!(pairs(object, false), [p("p", "first,Alex,role,admin")]);
        assert_eq!(pairs(json!({"a": {"b": 1}}), true), [p("a", "{\"b\":1}")]);
    }

    #[test]
    fn simple_parameters_of_any_shape() {
        assert_eq!(simple_param(&json!("x y"), false), "x y");
        assert_eq!(simple_param(&json!(7), false), "7");
        assert_eq!(simple_param(&json!([1, "a"]), false), "1,a");
        let object = json!({"first": "Alex", "role": "admin"});
        assert_eq!(simple_param(&object, false), "first,Alex,role,admin");
        assert_eq!(simple_param(&object, true), "first=Alex,role=admin");
        assert_eq!(simple_param(&json!(null), false), "");
    }

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
