//! Checks on the raw JSON tree, before typing it, so that every problem is reported at once
//! with a pointer: version, `$ref`s, operation ids, schema types.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write;

use serde_json::Value;

use crate::diagnostics::{escape_segment, push_segment, Diagnostics};
use crate::dialect::{DATA_KEYS, NAME_MAPS};

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];
const SCHEMA_TYPES: [&str; 6] = ["string", "number", "integer", "boolean", "array", "object"];

/// Records every problem in `doc`.
pub fn check_document(doc: &Value, diagnostics: &mut Diagnostics) {
    check_version(doc, diagnostics);
    check_refs(
        doc,
        doc,
        &mut String::new(),
        false,
        &mut HashSet::new(),
        diagnostics,
    );
    check_operation_ids(doc, diagnostics);
    walk_for_schemas(doc, &mut String::new(), false, diagnostics);
    if doc.get("paths").and_then(Value::as_object).is_none() {
        diagnostics.error("/paths", "the document has no `paths` object");
    }
}

fn check_version(doc: &Value, diagnostics: &mut Diagnostics) {
    match doc.get("openapi").and_then(Value::as_str) {
        Some(v) if v.starts_with("3.0.") || v.starts_with("3.1.") => {}
        Some(v) => diagnostics.error(
            "/openapi",
            format!("unsupported OpenAPI version `{v}`: expected 3.0.x or 3.1.x"),
        ),
        None if doc.get("swagger").is_some() => diagnostics.error(
            "/swagger",
            "Swagger 2.0 is not supported: convert the spec to OpenAPI 3.0.3",
        ),
        None => diagnostics.error(
            "/openapi",
            "missing `openapi` version field (expected 3.0.x or 3.1.x)",
        ),
    }
}

/// Runs `f` with `/segment` (escaped) added to the pointer `at`, then takes it off again: a walk
/// builds one pointer string, not one per node.
fn under<R>(at: &mut String, segment: &str, f: impl FnOnce(&mut String) -> R) -> R {
    let len = at.len();
    at.push('/');
    push_segment(at, segment);
    let result = f(at);
    at.truncate(len);
    result
}

/// [`under`] for a list index.
fn under_index<R>(at: &mut String, index: usize, f: impl FnOnce(&mut String) -> R) -> R {
    let len = at.len();
    let _ = write!(at, "/{index}");
    let result = f(at);
    at.truncate(len);
    result
}

/// Every `$ref` must be local and point at something that exists. `resolved` holds the
/// references already found to resolve: most are used many times. `names`: the keys of `node`
/// are names (of properties, schemas, statuses…), so a property called `$ref` is no reference.
fn check_refs<'a>(
    doc: &Value,
    node: &'a Value,
    at: &mut String,
    names: bool,
    resolved: &mut HashSet<&'a str>,
    diagnostics: &mut Diagnostics,
) {
    match node {
        Value::Object(map) => {
            if let Some(target) = map.get("$ref").filter(|_| !names) {
                match target.as_str() {
                    Some(r) if resolved.contains(r) => {}
                    Some(r) if r.starts_with("#/") || r == "#" => {
                        if resolve(doc, r).is_some() {
                            resolved.insert(r);
                        } else {
                            diagnostics.error(format!("{at}/$ref"), format!("broken $ref `{r}`: nothing exists at that location"));
                        }
                    }
                    Some(r) => diagnostics.error(
                        format!("{at}/$ref"),
                        format!("external $ref `{r}` is not supported: bundle the spec into one file first"),
                    ),
                    None => diagnostics.error(format!("{at}/$ref"), "$ref must be a string"),
                }
            }
            for (key, value) in map {
                if !names && (DATA_KEYS.contains(&key.as_str()) || key.starts_with("x-")) {
                    continue; // user data, not spec structure
                }
                let child_names = !names && NAME_MAPS.contains(&key.as_str());
                under(at, key, |at| {
                    check_refs(doc, value, at, child_names, resolved, diagnostics)
                });
            }
        }
        Value::Array(items) => {
            for (i, value) in items.iter().enumerate() {
                under_index(at, i, |at| {
                    check_refs(doc, value, at, false, resolved, diagnostics)
                });
            }
        }
        _ => {}
    }
}

/// Resolves a local reference (`#/a/b`) in the document.
pub fn resolve<'a>(doc: &'a Value, reference: &str) -> Option<&'a Value> {
    let pointer = reference.strip_prefix('#')?;
    let decoded = percent_decode(pointer);
    doc.pointer(&decoded)
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let (Some(hi), Some(lo)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push(hi * 16 + lo);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

fn check_operation_ids(doc: &Value, diagnostics: &mut Diagnostics) {
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return;
    };
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for (path, item) in paths {
        if !path.starts_with('/') {
            diagnostics.error(
                format!("/paths/{}", escape_segment(path)),
                "a path must start with `/`",
            );
        }
        let Some(item) = item.as_object() else {
            diagnostics.error(
                format!("/paths/{}", escape_segment(path)),
                "a path item must be an object",
            );
            continue;
        };
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let at = format!("/paths/{}/{method}", escape_segment(path));
            let Some(id) = op.get("operationId") else {
                continue;
            };
            let Some(id) = id.as_str() else {
                diagnostics.error(format!("{at}/operationId"), "operationId must be a string");
                continue;
            };
            if let Some(first) = seen.get(id) {
                diagnostics.error(
                    format!("{at}/operationId"),
                    format!("duplicate operationId `{id}`: already used at {first}"),
                );
            } else {
                seen.insert(id.to_string(), at);
            }
        }
    }
}

/// Finds schemas anywhere in the document and checks each one. `names`: the keys of `node` are
/// names (a parameter called `schema` is no schema).
fn walk_for_schemas(node: &Value, at: &mut String, names: bool, diagnostics: &mut Diagnostics) {
    match node {
        Value::Object(map) => {
            let in_components = at == "/components";
            for (key, value) in map {
                if !names && (DATA_KEYS.contains(&key.as_str()) || key.starts_with("x-")) {
                    continue;
                }
                under(at, key, |at| {
                    if names {
                        walk_for_schemas(value, at, false, diagnostics);
                    } else if key == "schema" {
                        check_schema(value, at, diagnostics);
                    } else if key == "schemas" && in_components {
                        for (name, schema) in value.as_object().into_iter().flatten() {
                            under(at, name, |at| check_schema(schema, at, diagnostics));
                        }
                    } else {
                        let child_names = NAME_MAPS.contains(&key.as_str());
                        walk_for_schemas(value, at, child_names, diagnostics);
                    }
                });
            }
        }
        Value::Array(items) => {
            for (i, value) in items.iter().enumerate() {
                under_index(at, i, |at| walk_for_schemas(value, at, false, diagnostics));
            }
        }
        _ => {}
    }
}

fn check_schema(schema: &Value, at: &mut String, diagnostics: &mut Diagnostics) {
    let Some(map) = schema.as_object() else {
        if !schema.is_boolean() {
            diagnostics.error(at.clone(), "a schema must be an object");
        }
        return;
    };
    if map.contains_key("$ref") {
        return;
    }
    match map.get("type") {
        None => {}
        Some(Value::String(t)) if SCHEMA_TYPES.contains(&t.as_str()) => {}
        Some(Value::String(t)) => diagnostics.error(
            format!("{at}/type"),
            format!(
                "unknown schema type `{t}`: expected one of {}",
                SCHEMA_TYPES.join(", ")
            ),
        ),
        Some(Value::Array(_)) => diagnostics.error(
            format!("{at}/type"),
            "a list of types is OpenAPI 3.1; in 3.0 use one type and `nullable: true`",
        ),
        Some(_) => diagnostics.error(format!("{at}/type"), "`type` must be a string"),
    }
    if let Some(props) = map.get("properties") {
        match props.as_object() {
            Some(props) => under(at, "properties", |at| {
                for (name, prop) in props {
                    under(at, name, |at| check_schema(prop, at, diagnostics));
                }
            }),
            None => diagnostics.error(format!("{at}/properties"), "`properties` must be an object"),
        }
    }
    if let Some(defs) = map.get("$defs").and_then(Value::as_object) {
        under(at, "$defs", |at| {
            for (name, inner) in defs {
                under(at, name, |at| check_schema(inner, at, diagnostics));
            }
        });
    }
    for key in ["items", "not"] {
        if let Some(inner) = map.get(key) {
            under(at, key, |at| check_schema(inner, at, diagnostics));
        }
    }
    if let Some(extra) = map.get("additionalProperties") {
        if !extra.is_boolean() {
            under(at, "additionalProperties", |at| {
                check_schema(extra, at, diagnostics)
            });
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        if let Some(list) = map.get(key) {
            match list.as_array() {
                Some(list) => under(at, key, |at| {
                    for (i, inner) in list.iter().enumerate() {
                        under_index(at, i, |at| check_schema(inner, at, diagnostics));
                    }
                }),
                None => diagnostics.error(
                    format!("{at}/{key}"),
                    format!("`{key}` must be a list of schemas"),
                ),
            }
        }
    }
    if let Some(required) = map.get("required") {
        if !required
            .as_array()
            .is_some_and(|r| r.iter().all(Value::is_string))
        {
            diagnostics.error(
                format!("{at}/required"),
                "`required` must be a list of property names",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::diagnostics::Diagnostics;

    fn errors(text: &str) -> Vec<String> {
        match crate::load::load_str(text, Diagnostics::new(Path::new("spec.yaml"))) {
            Ok(_) => Vec::new(),
            Err(diagnostics) => diagnostics
                .sorted()
                .into_iter()
                .map(|d| format!("#{}: {}", d.pointer, d.message))
                .collect(),
        }
    }

    #[test]
    fn swagger_2_is_rejected_with_one_diagnostic() {
        let spec = r##"
swagger: "2.0"
info: {title: Petstore, version: "1.0"}
paths:
  /pets:
    post:
      operationId: addPet
      parameters:
        - {in: body, name: body, required: true, schema: {$ref: "#/definitions/Pet"}}
      responses:
        200: {description: ok, schema: {$ref: "#/definitions/Pet"}}
definitions:
  Pet: {type: object, properties: {photo: {type: file}}}
"##;
        assert_eq!(
            errors(spec),
            ["#/swagger: Swagger 2.0 is not supported: convert the spec to OpenAPI 3.0.3"]
        );
    }
}
