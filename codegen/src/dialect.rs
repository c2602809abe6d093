//! OpenAPI 3.1 read into the shapes the rest of the pipeline knows (those of OpenAPI 3.0).
//!
//! 3.1 schemas are JSON Schema 2020-12. Most of what API specs write with it says what 3.0 says
//! in other words: `type: [string, "null"]` is `type: string, nullable: true`, `const: x` is
//! `enum: [x]`, `anyOf: [{$ref: X}, {type: "null"}]` is a nullable `X`, a string with a binary
//! `contentMediaType` is `format: binary`. [`normalize`] rewrites those in place, once, before
//! validation, so validation and lowering read one dialect. What has no Rust type (a tuple whose
//! members differ, `if`/`then`/`else`) gets a warning with its pointer and a documented fallback;
//! nothing in a schema makes the whole spec fail here. 3.0 documents are never touched.

use serde_json::{Map, Value};

use crate::diagnostics::{push_segment, Diagnostics};

/// The dialects a 3.1 document may declare that mean "OpenAPI's own JSON Schema".
const KNOWN_DIALECTS: [&str; 3] = [
    "https://spec.openapis.org/oas/3.1/dialect/base",
    "https://spec.openapis.org/oas/3.1/dialect/2024-10-25",
    "https://json-schema.org/draft/2020-12/schema",
];

/// Keys whose value maps names (of properties, schemas, statuses, media types…) to things:
/// inside such a map a key is a name, never a keyword, even when it reads `$ref` or `type`.
pub const NAME_MAPS: [&str; 21] = [
    "properties",
    "patternProperties",
    "$defs",
    "definitions",
    "dependentSchemas",
    "mapping",
    "paths",
    "webhooks",
    "responses",
    "schemas",
    "parameters",
    "headers",
    "content",
    "callbacks",
    "links",
    "encoding",
    "requestBodies",
    "securitySchemes",
    "pathItems",
    "variables",
    "scopes",
];

/// Keys whose value is user data (values, not spec structure) outside a name map.
pub const DATA_KEYS: [&str; 5] = ["example", "examples", "default", "enum", "const"];

/// True when the document declares OpenAPI 3.1.
pub fn is_v31(doc: &Value) -> bool {
    doc.get("openapi")
        .and_then(Value::as_str)
        .is_some_and(|v| v.starts_with("3.1."))
}

/// Rewrites a 3.1 document into 3.0 shapes; warnings name what could not be kept.
pub fn normalize(doc: &mut Value, diagnostics: &mut Diagnostics) {
    if let Some(dialect) = doc.get("jsonSchemaDialect").and_then(Value::as_str) {
        if !KNOWN_DIALECTS.contains(&dialect) {
            diagnostics.warning(
                "/jsonSchemaDialect",
                format!(
                    "schemas are read as OpenAPI 3.1's JSON Schema 2020-12, not as `{dialect}`"
                ),
            );
        }
    }
    inline_path_item_refs(doc, "paths");
    inline_path_item_refs(doc, "webhooks");
    // 3.1 makes `paths` optional (a document of webhooks or components only).
    if let Some(root) = doc.as_object_mut() {
        root.entry("paths")
            .or_insert_with(|| Value::Object(Map::new()));
    }
    let mut at = String::new();
    find_schemas(doc, &mut at, false, diagnostics);
}

/// Replaces `paths/<p>: {$ref: "#/components/pathItems/X"}` with the path item itself, so that
/// every later step sees operations where they are used. Siblings of the `$ref` (a summary, a
/// description) are kept where the target has none.
fn inline_path_item_refs(doc: &mut Value, key: &str) {
    let Some(items) = doc.get(key).and_then(Value::as_object) else {
        return;
    };
    let mut resolved: Vec<(String, Value)> = Vec::new();
    for (name, item) in items {
        let Some(reference) = item.get("$ref").and_then(Value::as_str) else {
            continue;
        };
        // Only references into components: a chain of them is followed a few steps.
        let mut target = crate::validate::resolve(doc, reference);
        for _ in 0..8 {
            match target.and_then(|t| t.get("$ref")).and_then(Value::as_str) {
                Some(next) => target = crate::validate::resolve(doc, next),
                None => break,
            }
        }
        let Some(Value::Object(target)) = target else {
            continue; // broken: the validator reports it
        };
        let mut merged = target.clone();
        for (k, v) in item.as_object().into_iter().flatten() {
            if k != "$ref" {
                merged.entry(k.clone()).or_insert_with(|| v.clone());
            }
        }
        resolved.push((name.clone(), Value::Object(merged)));
    }
    if let Some(items) = doc.get_mut(key).and_then(Value::as_object_mut) {
        for (name, item) in resolved {
            items.insert(name, item);
        }
    }
}

/// Runs `f` with `/segment` (escaped) added to the pointer `at`, then takes it off again.
fn under<R>(at: &mut String, segment: &str, f: impl FnOnce(&mut String) -> R) -> R {
    let len = at.len();
    at.push('/');
    push_segment(at, segment);
    let result = f(at);
    at.truncate(len);
    result
}

/// Finds the schemas of the document (under `schema` keys and in `components/schemas`) and
/// normalizes each. `names`: the keys of `node` are names, not keywords.
fn find_schemas(node: &mut Value, at: &mut String, names: bool, diagnostics: &mut Diagnostics) {
    match node {
        Value::Object(map) => {
            let in_components = at == "/components";
            for (key, value) in map.iter_mut() {
                if !names && (DATA_KEYS.contains(&key.as_str()) || key.starts_with("x-")) {
                    continue;
                }
                under(at, key, |at| {
                    if names {
                        find_schemas(value, at, false, diagnostics);
                    } else if key == "schema" {
                        normalize_schema(value, at, diagnostics);
                    } else if key == "schemas" && in_components {
                        for (name, schema) in value.as_object_mut().into_iter().flatten() {
                            under(at, name, |at| normalize_schema(schema, at, diagnostics));
                        }
                    } else {
                        let child_names = NAME_MAPS.contains(&key.as_str());
                        find_schemas(value, at, child_names, diagnostics);
                    }
                });
            }
        }
        Value::Array(items) => {
            for (i, value) in items.iter_mut().enumerate() {
                under(at, &i.to_string(), |at| {
                    find_schemas(value, at, false, diagnostics)
                });
            }
        }
        _ => {}
    }
}

/// Keywords whose value is one schema.
const ONE_SCHEMA: [&str; 8] = [
    "items",
    "not",
    "additionalProperties",
    "unevaluatedProperties",
    "contains",
    "if",
    "then",
    "else",
];
/// Keywords whose value is a list of schemas.
const SCHEMA_LISTS: [&str; 4] = ["allOf", "oneOf", "anyOf", "prefixItems"];
/// Keywords whose value maps names to schemas.
const SCHEMA_MAPS: [&str; 4] = [
    "properties",
    "patternProperties",
    "$defs",
    "dependentSchemas",
];

/// Normalizes one schema and, first, every schema inside it.
fn normalize_schema(schema: &mut Value, at: &mut String, diagnostics: &mut Diagnostics) {
    let Value::Object(map) = schema else {
        return; // `true` and `false` are schemas too, and mean the same in both versions
    };
    for key in ONE_SCHEMA {
        if let Some(inner) = map.get_mut(key) {
            under(at, key, |at| normalize_schema(inner, at, diagnostics));
        }
    }
    for key in SCHEMA_LISTS {
        if let Some(Value::Array(list)) = map.get_mut(key) {
            under(at, key, |at| {
                for (i, inner) in list.iter_mut().enumerate() {
                    under(at, &i.to_string(), |at| {
                        normalize_schema(inner, at, diagnostics)
                    });
                }
            });
        }
    }
    for key in SCHEMA_MAPS {
        if let Some(Value::Object(inner)) = map.get_mut(key) {
            under(at, key, |at| {
                for (name, inner) in inner.iter_mut() {
                    under(at, name, |at| normalize_schema(inner, at, diagnostics));
                }
            });
        }
    }
    types_to_nullable(map);
    if !map.contains_key("enum") {
        if let Some(value) = map.remove("const") {
            map.insert("enum".into(), Value::Array(vec![value]));
        }
    }
    null_members_to_nullable(map);
    content_to_format(map);
    tuples(map, at, diagnostics);
    for key in ["if", "$dynamicRef"] {
        if map.contains_key(key) {
            diagnostics.warning(
                format!("{at}/{key}"),
                format!("`{key}` has no Rust type; the schema is read without it"),
            );
        }
    }
}

/// `type: [T, "null"]` → `type: T, nullable: true`; `type: "null"` → a nullable JSON value;
/// several types → a `oneOf` of one schema per type, each with the keywords that apply to it.
fn types_to_nullable(map: &mut Map<String, Value>) {
    let types: Vec<String> = match map.get("type") {
        Some(Value::String(t)) => vec![t.clone()],
        Some(Value::Array(list)) if list.iter().all(Value::is_string) => list
            .iter()
            .filter_map(Value::as_str)
            .map(String::from)
            .collect(),
        _ => return, // not a type list the validator accepts: it reports it
    };
    let nullable = types.iter().any(|t| t == "null");
    let mut rest: Vec<String> = types.into_iter().filter(|t| t != "null").collect();
    rest.dedup();
    if !nullable && rest.len() == 1 && map.get("type").is_some_and(Value::is_string) {
        return;
    }
    if nullable {
        map.insert("nullable".into(), Value::Bool(true));
    }
    match rest.len() {
        0 => {
            map.remove("type");
        }
        1 => {
            map.insert("type".into(), Value::String(rest.remove(0)));
        }
        _ if map.contains_key("oneOf") || map.contains_key("anyOf") => {
            // Already a union: the members say the types.
            map.remove("type");
        }
        _ => {
            map.remove("type");
            let members = rest
                .into_iter()
                .map(|t| Value::Object(member_for_type(map, &t)))
                .collect();
            map.insert("oneOf".into(), Value::Array(members));
        }
    }
}

/// The member of a `type` list's union for type `t`, with the parent's keywords for that type.
fn member_for_type(parent: &mut Map<String, Value>, t: &str) -> Map<String, Value> {
    let keys: &[&str] = match t {
        "object" => &["properties", "required", "additionalProperties"],
        "array" => &["items", "prefixItems"],
        "string" | "integer" | "number" => &["format"],
        _ => &[],
    };
    let mut member = Map::new();
    member.insert("type".into(), Value::String(t.to_string()));
    for key in keys {
        if let Some(value) = parent.get(*key) {
            member.insert((*key).to_string(), value.clone());
        }
    }
    if let Some(Value::Array(values)) = parent.get("enum") {
        let fits: Vec<Value> = values
            .iter()
            .filter(|v| match t {
                "string" => v.is_string(),
                "integer" => v.is_i64() || v.is_u64(),
                "number" => v.is_number(),
                "boolean" => v.is_boolean(),
                _ => false,
            })
            .cloned()
            .collect();
        if !fits.is_empty() {
            member.insert("enum".into(), Value::Array(fits));
        }
    }
    member
}

/// A schema that admits only `null` (after [`types_to_nullable`]: `{nullable: true}` alone, or
/// with nothing but documentation).
fn is_null_only(schema: &Value) -> bool {
    let Some(map) = schema.as_object() else {
        return false;
    };
    map.get("nullable") == Some(&Value::Bool(true))
        && map
            .keys()
            .all(|k| ["nullable", "description", "title"].contains(&k.as_str()))
        || map
            .get("enum")
            .and_then(Value::as_array)
            .is_some_and(|v| v.iter().all(Value::is_null) && !v.is_empty())
}

/// `oneOf`/`anyOf` with a `null` member → the other members, nullable; one member left (a
/// `$ref` most often) becomes the schema itself, so `anyOf: [{$ref: X}, {type: "null"}]` is a
/// nullable `X` as `{$ref: X, nullable: true}` is in 3.0.
fn null_members_to_nullable(map: &mut Map<String, Value>) {
    for key in ["oneOf", "anyOf"] {
        let Some(Value::Array(members)) = map.get_mut(key) else {
            continue;
        };
        if !members.iter().any(is_null_only) {
            continue;
        }
        members.retain(|m| !is_null_only(m));
        let left = members.len();
        map.insert("nullable".into(), Value::Bool(true));
        let structural = [
            "type",
            "properties",
            "allOf",
            "enum",
            "items",
            "$ref",
            "discriminator",
            "additionalProperties",
        ];
        let other = if key == "oneOf" { "anyOf" } else { "oneOf" };
        let plain = !map.contains_key(other) && !structural.iter().any(|k| map.contains_key(*k));
        if left == 0 {
            map.remove(key);
        } else if left == 1 && plain {
            let Some(Value::Array(mut members)) = map.remove(key) else {
                continue;
            };
            if let Value::Object(member) = members.remove(0) {
                for (k, v) in member {
                    // The parent's own words (its description) win over the member's.
                    map.entry(k).or_insert(v);
                }
            }
        }
    }
}

/// A string whose content is a file (`contentMediaType` other than text or JSON) is
/// `format: binary`; a base64 one (`contentEncoding`) is `format: byte`, text as in 3.0.
fn content_to_format(map: &mut Map<String, Value>) {
    if map.get("type").and_then(Value::as_str) != Some("string") || map.contains_key("format") {
        return;
    }
    let encoding = map.get("contentEncoding").and_then(Value::as_str);
    let media = map.get("contentMediaType").and_then(Value::as_str);
    let format = match (encoding, media) {
        (Some(e), _) if e.starts_with("base64") => "byte",
        (None, Some(m)) if !(m.starts_with("text/") || m.contains("json")) => "binary",
        _ => return,
    };
    map.insert("format".into(), Value::String(format.into()));
}

/// `prefixItems` (a tuple): a list of the one member type when every member and the rest are
/// the same schema; otherwise a list of JSON values, with a warning.
fn tuples(map: &mut Map<String, Value>, at: &str, diagnostics: &mut Diagnostics) {
    let Some(Value::Array(members)) = map.remove("prefixItems") else {
        return;
    };
    let rest = map.get("items").filter(|i| **i != Value::Bool(false));
    let first = members.first().cloned();
    let uniform = first
        .as_ref()
        .is_some_and(|first| members.iter().all(|m| m == first) && rest.is_none_or(|r| r == first));
    match first {
        Some(first) if uniform => {
            map.insert("items".into(), first);
        }
        _ => {
            diagnostics.warning(
                format!("{at}/prefixItems"),
                "a tuple whose members differ (`prefixItems`) has no Rust list type; its elements are JSON values",
            );
            map.insert("items".into(), Value::Object(Map::new()));
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use serde_json::{json, Value};

    use crate::diagnostics::Diagnostics;

    fn normalized(schema: Value) -> (Value, Vec<String>) {
        let mut doc = json!({
            "openapi": "3.1.0",
            "components": {"schemas": {"S": schema}},
        });
        let mut diagnostics = Diagnostics::new(Path::new("spec.json"));
        super::normalize(&mut doc, &mut diagnostics);
        let warnings = diagnostics
            .warnings()
            .into_iter()
            .map(|d| format!("#{}: {}", d.pointer, d.message))
            .collect();
        (doc["components"]["schemas"]["S"].clone(), warnings)
    }

    #[test]
    fn a_type_list_with_null_is_a_nullable_type() {
        let (s, w) = normalized(json!({"type": ["string", "null"], "format": "date"}));
        assert_eq!(
            s,
            json!({"type": "string", "format": "date", "nullable": true})
        );
        assert!(w.is_empty());
    }

    #[test]
    fn several_types_are_a_union_of_one_schema_per_type() {
        let (s, _) = normalized(json!({"type": ["integer", "string"], "format": "int32"}));
        assert_eq!(
            s,
            json!({"format": "int32", "oneOf": [
                {"type": "integer", "format": "int32"},
                {"type": "string", "format": "int32"},
            ]})
        );
    }

    #[test]
    fn any_of_a_ref_and_null_is_a_nullable_ref_keeping_its_description() {
        let (s, _) = normalized(json!({
            "description": "The card.",
            "anyOf": [{"$ref": "#/components/schemas/Card"}, {"type": "null"}],
        }));
        assert_eq!(
            s,
            json!({"description": "The card.", "$ref": "#/components/schemas/Card", "nullable": true})
        );
    }

    #[test]
    fn const_is_a_one_value_enum_inside_properties_too() {
        let (s, _) = normalized(json!({
            "type": "object",
            "properties": {"kind": {"const": "card"}, "$ref": {"type": "string"}},
        }));
        assert_eq!(s["properties"]["kind"], json!({"enum": ["card"]}));
        assert_eq!(s["properties"]["$ref"], json!({"type": "string"}));
    }

    #[test]
    fn binary_content_is_format_binary_and_base64_is_format_byte() {
        let (s, _) = normalized(json!({"type": "string", "contentMediaType": "image/png"}));
        assert_eq!(s["format"], "binary");
        let (s, _) = normalized(json!({"type": "string", "contentEncoding": "base64"}));
        assert_eq!(s["format"], "byte");
        let (s, _) = normalized(json!({"type": "string", "contentMediaType": "text/plain"}));
        assert!(s.get("format").is_none());
    }

    #[test]
    fn a_mixed_tuple_is_a_list_of_json_values_with_a_warning() {
        let (s, w) = normalized(json!({
            "type": "array",
            "prefixItems": [{"type": "number"}, {"type": "string"}],
        }));
        assert_eq!(s, json!({"type": "array", "items": {}}));
        assert_eq!(
            w,
            ["#/components/schemas/S/prefixItems: a tuple whose members differ (`prefixItems`) has no Rust list type; its elements are JSON values"]
        );
        let (s, w) = normalized(json!({
            "type": "array",
            "prefixItems": [{"type": "number"}, {"type": "number"}],
        }));
        assert_eq!(s, json!({"type": "array", "items": {"type": "number"}}));
        assert!(w.is_empty());
    }

    #[test]
    fn path_items_by_reference_are_inlined() {
        let mut doc = json!({
            "openapi": "3.1.0",
            "paths": {"/a": {"$ref": "#/components/pathItems/A", "summary": "Kept."}},
            "components": {"pathItems": {"A": {"get": {"responses": {}}}}},
        });
        super::normalize(&mut doc, &mut Diagnostics::new(Path::new("s")));
        assert_eq!(
            doc["paths"]["/a"],
            json!({"get": {"responses": {}}, "summary": "Kept."})
        );
    }
}
