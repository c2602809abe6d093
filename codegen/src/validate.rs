//! Checks on the raw JSON tree, before typing it, so that every problem is reported at once
//! with a pointer: version, `$ref`s, operation ids, schema types.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::diagnostics::{escape_segment, Diagnostics};

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];
const SCHEMA_TYPES: [&str; 6] = ["string", "number", "integer", "boolean", "array", "object"];

/// Records every problem in `doc`.
pub fn check_document(doc: &Value, diagnostics: &mut Diagnostics) {
    check_version(doc, diagnostics);
    check_refs(doc, doc, String::new(), diagnostics);
    check_operation_ids(doc, diagnostics);
    walk_for_schemas(doc, String::new(), diagnostics);
    if doc.get("paths").and_then(Value::as_object).is_none() {
        diagnostics.error("/paths", "the document has no `paths` object");
    }
}

fn check_version(doc: &Value, diagnostics: &mut Diagnostics) {
    match doc.get("openapi").and_then(Value::as_str) {
        Some(v) if v.starts_with("3.0.") => {}
        Some(v) if v.starts_with("3.1") => diagnostics.error(
            "/openapi",
            format!("OpenAPI {v} is not supported yet; this generator reads OpenAPI 3.0.x (convert the spec to 3.0.3: `nullable` instead of type arrays, `example` instead of `examples` in schemas)"),
        ),
        Some(v) => diagnostics.error("/openapi", format!("unsupported OpenAPI version `{v}`: expected 3.0.x")),
        None if doc.get("swagger").is_some() => {
            diagnostics.error("/swagger", "Swagger 2.0 is not supported: convert the spec to OpenAPI 3.0.3")
        }
        None => diagnostics.error("/openapi", "missing `openapi` version field (expected 3.0.x)"),
    }
}

/// Every `$ref` must be local and point at something that exists.
fn check_refs(doc: &Value, node: &Value, at: String, diagnostics: &mut Diagnostics) {
    match node {
        Value::Object(map) => {
            if let Some(target) = map.get("$ref") {
                match target.as_str() {
                    Some(r) if r.starts_with("#/") || r == "#" => {
                        if resolve(doc, r).is_none() {
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
                if key == "example" || key == "examples" || key.starts_with("x-") {
                    continue; // user data, not spec structure
                }
                check_refs(
                    doc,
                    value,
                    format!("{at}/{}", escape_segment(key)),
                    diagnostics,
                );
            }
        }
        Value::Array(items) => {
            for (i, value) in items.iter().enumerate() {
                check_refs(doc, value, format!("{at}/{i}"), diagnostics);
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

/// Finds schemas anywhere in the document and checks each one.
fn walk_for_schemas(node: &Value, at: String, diagnostics: &mut Diagnostics) {
    match node {
        Value::Object(map) => {
            for (key, value) in map {
                let here = format!("{at}/{}", escape_segment(key));
                if key == "example" || key == "examples" || key.starts_with("x-") {
                    continue;
                }
                if key == "schema" {
                    check_schema(value, here, diagnostics);
                } else if key == "schemas" && at == "/components" {
                    if let Some(schemas) = value.as_object() {
                        for (name, schema) in schemas {
                            check_schema(
                                schema,
                                format!("{here}/{}", escape_segment(name)),
                                diagnostics,
                            );
                        }
                    }
                } else {
                    walk_for_schemas(value, here, diagnostics);
                }
            }
        }
        Value::Array(items) => {
            for (i, value) in items.iter().enumerate() {
                walk_for_schemas(value, format!("{at}/{i}"), diagnostics);
            }
        }
        _ => {}
    }
}

fn check_schema(schema: &Value, at: String, diagnostics: &mut Diagnostics) {
    let Some(map) = schema.as_object() else {
        if !schema.is_boolean() {
            diagnostics.error(at, "a schema must be an object");
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
            Some(props) => {
                for (name, prop) in props {
                    check_schema(
                        prop,
                        format!("{at}/properties/{}", escape_segment(name)),
                        diagnostics,
                    );
                }
            }
            None => diagnostics.error(format!("{at}/properties"), "`properties` must be an object"),
        }
    }
    for key in ["items", "not"] {
        if let Some(inner) = map.get(key) {
            check_schema(inner, format!("{at}/{key}"), diagnostics);
        }
    }
    if let Some(extra) = map.get("additionalProperties") {
        if !extra.is_boolean() {
            check_schema(extra, format!("{at}/additionalProperties"), diagnostics);
        }
    }
    for key in ["allOf", "oneOf", "anyOf"] {
        if let Some(list) = map.get(key) {
            match list.as_array() {
                Some(list) => {
                    for (i, inner) in list.iter().enumerate() {
                        check_schema(inner, format!("{at}/{key}/{i}"), diagnostics);
                    }
                }
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
