//! Paths and operations → `ir::Operation`: parameters, bodies, the status table, security,
//! retry safety and pagination.

use std::collections::BTreeSet;

use serde_json::Value;

use super::names::{first_free_of, model_name, setter_name, snake_name, type_name, unique};
use super::types::{deref, docs_of, TypeLowerer};
use crate::diagnostics::{escape_segment, Diagnostics};
use crate::ir::{
    BodyMedia, FormEncoding, Operation, PageStop, Pagination, Param, ParamLocation, ParamStyle,
    RequestBody, ResponseBody, ResponseCase, StatusMatch, SuccessShape, TypeDef, TypeKind, TypeRef,
};

const METHODS: [&str; 8] = [
    "get", "put", "post", "delete", "options", "head", "patch", "trace",
];
/// Fields every call builder has beside its parameters.
const BUILDER_FIELDS: [&str; 2] = ["call", "body"];
/// Lowers every operation. `tag_module` maps a tag name to its module name.
pub fn lower_operations(
    types: &mut TypeLowerer<'_>,
    tag_module: &dyn Fn(&str) -> String,
    diagnostics: &mut Diagnostics,
) -> Vec<Operation> {
    let doc = types.doc();
    let mut operations = Vec::new();
    let mut builder_names = BTreeSet::new();
    let mut fn_names: BTreeSet<(String, String)> = BTreeSet::new();
    let root_security = doc.get("security").cloned();
    let Some(paths) = doc.get("paths").and_then(Value::as_object) else {
        return operations;
    };
    for (path, item) in paths {
        let item = deref(doc, item);
        let item_pointer = format!("/paths/{}", escape_segment(path));
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let pointer = format!("{item_pointer}/{method}");
            let id = op
                .get("operationId")
                .and_then(Value::as_str)
                .map(String::from)
                .unwrap_or_else(|| format!("{method}_{}", path.replace(['{', '}'], "")));
            let tag = op
                .pointer("/tags/0")
                .and_then(Value::as_str)
                .unwrap_or("default")
                .to_string();
            let module = tag_module(&tag);
            let builder_name = unique(builder_type_name(&id), &mut builder_names);
            let fn_name = unique_in_module(&module, snake_name(&id), &mut fn_names);
            let mut docs = docs_of(op);
            if docs.summary.is_none() {
                docs.summary = Some(format!("{} {path}", method.to_uppercase()));
            }
            let params = lower_params(
                types,
                item,
                op,
                &item_pointer,
                &pointer,
                &builder_name,
                diagnostics,
            );
            let media_types = body_media_types(types.doc(), op);
            let body = media_types.first().and_then(|(media_type, media)| {
                lower_body(
                    types,
                    op,
                    &pointer,
                    &builder_name,
                    (media_type, media),
                    diagnostics,
                )
            });
            let responses = lower_responses(types, op, &pointer, &builder_name, diagnostics);
            let success = success_shape(
                types,
                &responses,
                &builder_name,
                &format!("{pointer}/responses"),
            );
            let security = security_of(op.get("security").or(root_security.as_ref()));
            // A JSON pointer into the body; a bare name is a top-level property.
            let idempotency_key = op
                .get("x-idempotency-key")
                .and_then(Value::as_str)
                .map(|key| match key.starts_with('/') {
                    true => key.to_string(),
                    false => format!("/{key}"),
                });
            // The key makes a retry safe only when a request carries it: decided per request
            // (`ApiRequest::idempotent_with_key`), not here.
            let idempotent = matches!(
                method,
                "get" | "put" | "delete" | "head" | "options" | "trace"
            ) || op.get("x-idempotent").and_then(Value::as_bool) == Some(true);
            let mut operation = Operation {
                id,
                fn_name,
                builder_name,
                tag_module: module,
                method: method.to_uppercase(),
                path: path.clone(),
                docs,
                params,
                body,
                responses,
                success,
                security,
                idempotent,
                idempotency_key,
                pagination: None,
                accept: accept_of(types.doc(), op),
                alternative_of: None,
            };
            if let Some(spec) = op.get("x-pagination") {
                operation.pagination = lower_pagination(
                    types,
                    &operation,
                    spec,
                    &format!("{pointer}/x-pagination"),
                    diagnostics,
                );
            }
            // Every other media type of the body gets a method of its own, next to this one.
            let mut alternatives = Vec::new();
            for (media_type, media) in media_types.iter().skip(1) {
                let suffix = media_suffix(media_type, media);
                let alt_builder = unique(
                    format!("{}{}", operation.builder_name, type_name(&suffix)),
                    &mut builder_names,
                );
                let alt_fn = unique_in_module(
                    &operation.tag_module,
                    format!("{}_{suffix}", operation.fn_name),
                    &mut fn_names,
                );
                let mut alt = operation.clone();
                alt.body = lower_body(
                    types,
                    op,
                    &pointer,
                    &alt_builder,
                    (media_type, media),
                    diagnostics,
                );
                let primary_type = operation.body.as_ref().map_or("", |b| &b.content_type);
                alt.docs.description = Some(join_paragraphs(
                    alt.docs.description.as_deref(),
                    &format!(
                        "Sends the body as `{media_type}`; `{}` sends it as `{primary_type}`.",
                        operation.fn_name
                    ),
                ));
                alt.fn_name = alt_fn;
                alt.builder_name = alt_builder;
                alt.alternative_of = Some(operation.fn_name.clone());
                alternatives.push(alt);
            }
            if !alternatives.is_empty() {
                let others: Vec<String> = alternatives
                    .iter()
                    .map(|a| {
                        let ct = a.body.as_ref().map_or("", |b| &b.content_type);
                        format!("`{ct}` with `{}`", a.fn_name)
                    })
                    .collect();
                operation.docs.description = Some(join_paragraphs(
                    operation.docs.description.as_deref(),
                    &format!("The body can also be sent as {}.", others.join(", ")),
                ));
            }
            operations.push(operation);
            operations.extend(alternatives);
        }
    }
    operations
}

/// A method name not yet taken in its tag group: `name`, then `name2`, `name3`, ….
fn unique_in_module(module: &str, name: String, taken: &mut BTreeSet<(String, String)>) -> String {
    super::names::first_free(&name, "", |candidate| {
        taken.insert((module.to_string(), candidate.to_string()))
    })
}

fn join_paragraphs(first: Option<&str>, second: &str) -> String {
    match first {
        Some(text) if !text.trim().is_empty() => format!("{}\n\n{second}", text.trim_end()),
        _ => second.to_string(),
    }
}

fn security_of(security: Option<&Value>) -> Vec<Vec<String>> {
    let Some(list) = security.and_then(Value::as_array) else {
        return Vec::new();
    };
    let alternatives: Vec<Vec<String>> = list
        .iter()
        .filter_map(Value::as_object)
        .map(|req| req.keys().cloned().collect())
        .collect();
    // `[{}]` among the alternatives means auth is optional; send none.
    if alternatives.iter().any(Vec::is_empty) {
        return Vec::new();
    }
    alternatives
}

fn lower_params(
    types: &mut TypeLowerer<'_>,
    item: &Value,
    op: &Value,
    item_pointer: &str,
    pointer: &str,
    builder: &str,
    diagnostics: &mut Diagnostics,
) -> Vec<Param> {
    let doc = types.doc();
    // Operation-level parameters override path-level ones with the same name and location.
    let mut merged: Vec<(Value, String)> = Vec::new();
    for (list, at) in [
        (item.get("parameters"), item_pointer),
        (op.get("parameters"), pointer),
    ] {
        let Some(list) = list.and_then(Value::as_array) else {
            continue;
        };
        for (i, raw) in list.iter().enumerate() {
            let param = deref(doc, raw).clone();
            let key = |p: &Value| (p.get("name").cloned(), p.get("in").cloned());
            let here = format!("{at}/parameters/{i}");
            match merged.iter_mut().find(|(p, _)| key(p) == key(&param)) {
                Some(slot) => *slot = (param, here),
                None => merged.push((param, here)),
            }
        }
    }
    let mut taken: BTreeSet<String> = BUILDER_FIELDS.iter().map(|s| s.to_string()).collect();
    let mut setters = taken.clone();
    let mut params = Vec::new();
    for (param, here) in merged {
        let Some(wire_name) = param.get("name").and_then(Value::as_str) else {
            diagnostics.error(format!("{here}/name"), "parameter without a name");
            continue;
        };
        let location = match param.get("in").and_then(Value::as_str) {
            Some("path") => ParamLocation::Path,
            Some("query") => ParamLocation::Query,
            Some("header") => ParamLocation::Header,
            Some("cookie") => ParamLocation::Cookie,
            other => {
                diagnostics.error(
                    format!("{here}/in"),
                    format!("unknown parameter location {other:?}"),
                );
                continue;
            }
        };
        if location == ParamLocation::Header
            && ["accept", "content-type", "authorization"]
                .contains(&wire_name.to_ascii_lowercase().as_str())
        {
            continue; // set by the client itself (OpenAPI says these parameters are ignored)
        }
        if param.get("schema").is_none() && param.get("content").is_some() {
            diagnostics.warning(
                format!("{here}/content"),
                format!("a parameter described by `content` (a media type) is not built in; `{wire_name}` is a JSON value written in the parameter's style"),
            );
        }
        let schema = param
            .get("schema")
            .cloned()
            .unwrap_or_else(super::types::empty_object);
        let resolved = deref(doc, &schema).clone();
        let list = resolved.get("type").and_then(Value::as_str) == Some("array");
        let required = location == ParamLocation::Path
            || param.get("required").and_then(Value::as_bool) == Some(true);
        let items = deref(doc, resolved.get("items").unwrap_or(&Value::Null));
        if list && is_object_schema(doc, items, 0) {
            // OpenAPI 3.0 defines no serialization of an array of objects in a parameter (any
            // style): writing one would guess the vendor's convention.
            let message =
                "a parameter that is a list of objects has no serialization in OpenAPI 3.0";
            if required {
                diagnostics.error(
                    format!("{here}/schema/items"),
                    format!("{message}; not supported"),
                );
            } else {
                diagnostics.warning(
                    format!("{here}/schema/items"),
                    format!(
                        "{message}; the optional parameter `{wire_name}` is left out of the call"
                    ),
                );
            }
            continue;
        }
        let context = format!("{builder}{}", model_name(wire_name));
        let ty = if list {
            let items = resolved
                .get("items")
                .cloned()
                .unwrap_or_else(super::types::empty_object);
            types.lower(
                &items,
                &format!("{context}Item"),
                &format!("{here}/schema/items"),
                diagnostics,
            )
        } else {
            types.lower(&schema, &context, &format!("{here}/schema"), diagnostics)
        };
        let ty = if ty == TypeRef::Bytes {
            diagnostics.warning(
                format!("{here}/schema"),
                format!("a binary parameter has no text form; `{wire_name}` is sent as a string"),
            );
            TypeRef::String
        } else {
            ty
        };
        let explode = param.get("explode").and_then(Value::as_bool);
        let style_name = param.get("style").and_then(Value::as_str);
        if let Some(other @ ("matrix" | "label")) = style_name {
            diagnostics.warning(
                format!("{here}/style"),
                format!(
                    "style `{other}` is not built in; `{wire_name}` is sent in the `simple` style"
                ),
            );
        }
        if location != ParamLocation::Query
            && explode == Some(true)
            && !list
            && is_object_schema(doc, &resolved, 0)
        {
            diagnostics.warning(
                format!("{here}/explode"),
                format!("an exploded object in a {} parameter is not built in; `{wire_name}` is sent as `key,value,key,value`", location_name(location)),
            );
        }
        let style = match (location, style_name) {
            (_, Some("deepObject")) => ParamStyle::DeepObject,
            (_, Some("spaceDelimited")) => ParamStyle::SpaceDelimited,
            (_, Some("pipeDelimited")) => ParamStyle::PipeDelimited,
            (ParamLocation::Query | ParamLocation::Cookie, _) => ParamStyle::Form {
                explode: explode.unwrap_or(true),
            },
            _ => ParamStyle::Simple,
        };
        let mut docs = docs_of(&param);
        if docs.description.is_none() {
            docs.description = docs_of(&resolved).description;
        }
        if docs.summary.is_none() && docs.description.is_none() {
            docs.description = Some(super::facts::describe(doc, &schema));
        }
        // A mark on the parameter itself wins over its schema's.
        let sensitive = match super::types::marked(&param, &here, diagnostics) {
            Some(decided) => decided,
            None => types.sensitivity(&schema, &format!("{here}/schema"), diagnostics),
        };
        // A clash is told apart by where the parameter goes (`body_query` beside the body).
        let natural = snake_name(wire_name);
        let candidates = [
            natural.clone(),
            format!(
                "{}_{}",
                natural.trim_end_matches('_'),
                location_name(location)
            ),
        ];
        let (name, _counted) = first_free_of(&candidates, |c| taken.insert(c.to_string()));
        let setter = setter_name(&name, |c| !setters.contains(c));
        setters.insert(setter.clone());
        params.push(Param {
            wire_name: wire_name.to_string(),
            name,
            setter,
            location,
            style,
            ty,
            list,
            required,
            // Decided once every operation is known, in `shared::decide`.
            client_default: None,
            // Decided once the types are final, in `params::decide`.
            as_text: false,
            docs,
            sensitive,
        });
    }
    // Path parameters first, in the order they appear in the path, so arguments read like the URL.
    params.sort_by_key(|p| p.location != ParamLocation::Path);
    params
}

fn location_name(location: ParamLocation) -> &'static str {
    match location {
        ParamLocation::Path => "path",
        ParamLocation::Query => "query",
        ParamLocation::Header => "header",
        ParamLocation::Cookie => "cookie",
    }
}

/// An object-shaped schema: properties, `allOf`, `type: object`, or a union with an
/// object-shaped member (a union of scalars, such as name-or-id, is a scalar).
fn is_object_schema(doc: &Value, schema: &Value, depth: usize) -> bool {
    let union_of_objects = ["oneOf", "anyOf"].iter().any(|key| {
        schema
            .get(key)
            .and_then(Value::as_array)
            .is_some_and(|members| {
                depth > 8
                    || members
                        .iter()
                        .any(|m| is_object_schema(doc, deref(doc, m), depth + 1))
            })
    });
    union_of_objects
        || schema.get("type").and_then(Value::as_str) == Some("object")
        || ["properties", "allOf", "additionalProperties"]
            .iter()
            .any(|key| schema.get(key).is_some())
}

/// The `Accept` header for operations whose success bodies are not JSON (a PDF download):
/// every success media type, in spec order. `None` keeps the client's JSON default.
fn accept_of(doc: &Value, op: &Value) -> Option<String> {
    let responses = op.get("responses").and_then(Value::as_object)?;
    let mut media: Vec<String> = Vec::new();
    for (status, response) in responses {
        if !(status.starts_with('2')) {
            continue;
        }
        let Some(content) = deref(doc, response)
            .get("content")
            .and_then(Value::as_object)
        else {
            continue;
        };
        for key in content.keys() {
            if !media.contains(key) {
                media.push(key.clone());
            }
        }
    }
    let json = |m: &String| matches!(media_rank(m), Some((_, BodyMedia::Json)));
    (!media.is_empty() && !media.iter().all(json)).then(|| media.join(", "))
}

fn media_rank(media: &str) -> Option<(u8, BodyMedia)> {
    let m = media.to_ascii_lowercase();
    let essence = m.split(';').next().unwrap_or("").trim().to_string();
    Some(match essence.as_str() {
        "application/json" => (0, BodyMedia::Json),
        e if e.ends_with("+json") => (1, BodyMedia::Json),
        "application/x-www-form-urlencoded" => (2, BodyMedia::Form),
        "multipart/form-data" => (3, BodyMedia::Multipart),
        e if e.starts_with("text/") => (5, BodyMedia::Text(essence.clone())),
        "*/*" => (6, BodyMedia::Binary("application/octet-stream".into())),
        _ => (4, BodyMedia::Binary(essence.clone())),
    })
}

/// The media types of an operation's request body, preferred first (JSON, form, multipart,
/// other binary, text, anything), in spec order within a rank.
fn body_media_types(doc: &Value, op: &Value) -> Vec<(String, BodyMedia)> {
    let Some(content) = op
        .get("requestBody")
        .map(|raw| deref(doc, raw))
        .and_then(|body| body.get("content"))
        .and_then(Value::as_object)
    else {
        return Vec::new();
    };
    let mut ranked: Vec<(u8, String, BodyMedia)> = content
        .keys()
        .filter_map(|k| media_rank(k).map(|(rank, media)| (rank, k.clone(), media)))
        .collect();
    ranked.sort_by_key(|(rank, _, _)| *rank);
    ranked.into_iter().map(|(_, k, media)| (k, media)).collect()
}

/// The method-name suffix of a body's other media type: `form`, `multipart`, `json`,
/// `bytes`, `text`, or the media subtype when two of the same kind remain.
fn media_suffix(media_type: &str, media: &BodyMedia) -> String {
    let essence = media_type.split(';').next().unwrap_or("").trim();
    let subtype = essence.rsplit('/').next().unwrap_or(essence);
    match media {
        BodyMedia::Form => "form".into(),
        BodyMedia::Multipart => "multipart".into(),
        BodyMedia::Json if essence.eq_ignore_ascii_case("application/json") => "json".into(),
        BodyMedia::Json => snake_name(subtype.trim_end_matches("+json")),
        BodyMedia::Binary(_) if essence.eq_ignore_ascii_case("application/octet-stream") => {
            "bytes".into()
        }
        BodyMedia::Text(_) if essence.eq_ignore_ascii_case("text/plain") => "text".into(),
        BodyMedia::Binary(_) | BodyMedia::Text(_) => snake_name(subtype),
    }
}

fn lower_body(
    types: &mut TypeLowerer<'_>,
    op: &Value,
    pointer: &str,
    builder: &str,
    (media_type, media): (&str, &BodyMedia),
    diagnostics: &mut Diagnostics,
) -> Option<RequestBody> {
    let doc = types.doc();
    let body = deref(doc, op.get("requestBody")?);
    let content = body.get("content").and_then(Value::as_object)?;
    let media_type = media_type.to_string();
    let media = media.clone();
    let at = format!(
        "{pointer}/requestBody/content/{}/schema",
        escape_segment(&media_type)
    );
    let schema = content[&media_type]
        .get("schema")
        .cloned()
        .unwrap_or_else(super::types::empty_object);
    let ty = match &media {
        BodyMedia::Binary(_) => TypeRef::Bytes,
        BodyMedia::Text(_) => TypeRef::String,
        _ => types.lower(&schema, &format!("{builder}Request"), &at, diagnostics),
    };
    let mut docs = docs_of(body);
    if docs.description.is_none() {
        docs.description = docs_of(deref(doc, &schema)).description;
    }
    let encoding_at = format!(
        "{pointer}/requestBody/content/{}/encoding",
        escape_segment(&media_type)
    );
    let form_encodings = match content[&media_type]
        .get("encoding")
        .and_then(Value::as_object)
    {
        Some(encoding) if media == BodyMedia::Form => {
            form_encodings(encoding, &encoding_at, diagnostics)
        }
        Some(_) => {
            diagnostics.warning(
                encoding_at,
                "`encoding` is applied to form bodies only; these parts are sent in their default form",
            );
            Vec::new()
        }
        None => Vec::new(),
    };
    Some(RequestBody {
        media,
        content_type: media_type,
        ty,
        required: body.get("required").and_then(Value::as_bool) == Some(true),
        form_encodings,
        docs,
    })
}

/// Reads a form body's `encoding` object: a style per field, or a JSON content type.
fn form_encodings(
    encoding: &serde_json::Map<String, Value>,
    at: &str,
    diagnostics: &mut Diagnostics,
) -> Vec<(String, FormEncoding)> {
    let mut fields = Vec::new();
    for (field, spec) in encoding {
        let here = format!("{at}/{}", escape_segment(field));
        let content_type = spec.get("contentType").and_then(Value::as_str);
        if let Some(ct) = content_type {
            if matches!(media_rank(ct), Some((_, BodyMedia::Json))) {
                fields.push((field.clone(), FormEncoding::Json));
                continue;
            }
            if !ct.starts_with("text/plain") {
                diagnostics.warning(
                    format!("{here}/contentType"),
                    format!("content type `{ct}` for a form field is not supported; the field is sent as form text"),
                );
            }
        }
        let style = spec.get("style").and_then(Value::as_str).unwrap_or("form");
        // OpenAPI: `explode` defaults to true for the form style only.
        let explode = spec
            .get("explode")
            .and_then(Value::as_bool)
            .unwrap_or(style == "form");
        let chosen = match (style, explode) {
            ("form", true) => FormEncoding::Exploded,
            ("form", false) => FormEncoding::Comma,
            ("deepObject", _) => FormEncoding::DeepObject,
            ("spaceDelimited", _) => FormEncoding::SpaceDelimited,
            ("pipeDelimited", _) => FormEncoding::PipeDelimited,
            (other, _) => {
                diagnostics.warning(
                    format!("{here}/style"),
                    format!("style `{other}` is not defined for form fields; the field is sent with `deepObject`"),
                );
                FormEncoding::DeepObject
            }
        };
        fields.push((field.clone(), chosen));
    }
    fields
}

fn status_of(key: &str) -> Option<StatusMatch> {
    if key == "default" {
        return Some(StatusMatch::Default);
    }
    if let Ok(code) = key.parse::<u16>() {
        return (100..600)
            .contains(&code)
            .then_some(StatusMatch::Code(code));
    }
    let upper = key.to_ascii_uppercase();
    match upper.as_bytes() {
        [d @ b'1'..=b'5', b'X', b'X'] => Some(StatusMatch::Range(u16::from(d - b'0'))),
        _ => None,
    }
}

fn variant_for(status: &StatusMatch) -> String {
    match status {
        StatusMatch::Code(200) => "Ok".into(),
        StatusMatch::Code(201) => "Created".into(),
        StatusMatch::Code(202) => "Accepted".into(),
        StatusMatch::Code(204) => "NoContent".into(),
        StatusMatch::Code(code) => format!("Status{code}"),
        StatusMatch::Range(class) => format!("Status{class}xx"),
        StatusMatch::Default => "Default".into(),
    }
}

fn lower_responses(
    types: &mut TypeLowerer<'_>,
    op: &Value,
    pointer: &str,
    builder: &str,
    diagnostics: &mut Diagnostics,
) -> Vec<ResponseCase> {
    let doc = types.doc();
    let mut cases = Vec::new();
    let Some(responses) = op.get("responses").and_then(Value::as_object) else {
        diagnostics.error(
            format!("{pointer}/responses"),
            "operation has no `responses`",
        );
        return cases;
    };
    for (key, raw) in responses {
        let at = format!("{pointer}/responses/{}", escape_segment(key));
        let Some(status) = status_of(key) else {
            diagnostics.error(
                at,
                format!("`{key}` is not a status code, a range like 4XX, or `default`"),
            );
            continue;
        };
        let response = deref(doc, raw);
        let success = match status {
            StatusMatch::Code(code) => (200..300).contains(&code),
            StatusMatch::Range(class) => class == 2,
            StatusMatch::Default => responses.keys().all(|k| k == "default"),
        };
        let body = match response
            .get("content")
            .and_then(Value::as_object)
            .filter(|c| !c.is_empty())
        {
            None => ResponseBody::Empty,
            Some(content) => {
                let (media_type, (_, media)) = content
                    .keys()
                    .filter_map(|k| media_rank(k).map(|r| (k.clone(), r)))
                    .min_by_key(|(_, (rank, _))| *rank)
                    .expect("content is not empty");
                let schema = content[&media_type].get("schema");
                match (media, schema) {
                    (BodyMedia::Json, Some(schema)) => {
                        let context = format!(
                            "{builder}{}",
                            if success {
                                "Response".to_string()
                            } else {
                                format!("Error{key}")
                            }
                        );
                        let schema_at =
                            format!("{at}/content/{}/schema", escape_segment(&media_type));
                        ResponseBody::Json(types.lower(schema, &context, &schema_at, diagnostics))
                    }
                    (BodyMedia::Json, None) => ResponseBody::Json(TypeRef::Json),
                    (BodyMedia::Text(_), _) => ResponseBody::Text,
                    _ => ResponseBody::Binary,
                }
            }
        };
        cases.push(ResponseCase {
            variant: variant_for(&status),
            status,
            success,
            body,
            docs: docs_of(response),
        });
    }
    // Exact codes before ranges before `default`, so the generated match tries the narrowest first.
    cases.sort_by(|a, b| a.status.cmp(&b.status));
    cases
}

fn success_shape(
    types: &mut TypeLowerer<'_>,
    cases: &[ResponseCase],
    builder: &str,
    pointer: &str,
) -> SuccessShape {
    let successes: Vec<&ResponseCase> = cases.iter().filter(|c| c.success).collect();
    let mut bodies: Vec<&ResponseBody> = Vec::new();
    for case in &successes {
        if !bodies.contains(&&case.body) {
            bodies.push(&case.body);
        }
    }
    match bodies.len() {
        0 => SuccessShape::Single(ResponseBody::Empty),
        1 => SuccessShape::Single(bodies[0].clone()),
        _ => SuccessShape::Enum {
            name: types.reserve(&format!("{builder}Response"), pointer),
            // Decided with the model files, in `files::decide`.
            module: String::new(),
        },
    }
}

fn lower_pagination(
    types: &TypeLowerer<'_>,
    operation: &Operation,
    spec: &Value,
    pointer: &str,
    diagnostics: &mut Diagnostics,
) -> Option<Pagination> {
    let text = |key: &str| spec.get(key).and_then(Value::as_str).map(String::from);
    let in_body = text("in").as_deref() == Some("body");
    let Some(page) = text("page") else {
        diagnostics.error(
            format!("{pointer}/page"),
            "x-pagination needs `page`: the page-number parameter",
        );
        return None;
    };
    let items_pointer = text("items").unwrap_or_else(|| "/items".into());
    let stop = if let Some(p) = text("total-items") {
        PageStop::TotalItems(p)
    } else if let Some(p) = text("total-pages") {
        PageStop::TotalPages(p)
    } else if let Some(p) = text("last-page") {
        PageStop::LastPage(p)
    } else {
        PageStop::EmptyPage
    };
    // The body field or query parameter named `wire`: its Rust name, type and whether required.
    let find_field = |wire: &str| -> Option<(String, TypeRef, bool)> {
        if in_body {
            let TypeRef::Named(name) = &operation.body.as_ref()?.ty else {
                return None;
            };
            let TypeKind::Struct(s) = &types.defs.get(name)?.kind else {
                return None;
            };
            s.fields.iter().find(|f| f.wire_name == wire).map(|f| {
                let required = f.presence == crate::ir::Presence::Required;
                (f.name.clone(), f.ty.clone(), required)
            })
        } else {
            operation
                .params
                .iter()
                .find(|p| p.wire_name == wire && p.location == ParamLocation::Query)
                .map(|p| (p.name.clone(), p.ty.clone(), p.required))
        }
    };
    let Some((page_field, page_ty, page_required)) = find_field(&page) else {
        let place = if in_body {
            "a property of the request body"
        } else {
            "a query parameter"
        };
        diagnostics.error(
            format!("{pointer}/page"),
            format!("x-pagination page `{page}` is not {place}"),
        );
        return None;
    };
    let size_field = text("size")
        .and_then(|s| find_field(&s))
        .map(|(name, ..)| name);
    let response_ty = match &operation.success {
        SuccessShape::Single(ResponseBody::Json(ty)) => ty.clone(),
        _ => {
            diagnostics.error(
                pointer.to_string(),
                "x-pagination needs a single JSON success response",
            );
            return None;
        }
    };
    let item = match item_type_at(&types.defs, &response_ty, &items_pointer) {
        Some(item) => item,
        None => {
            diagnostics.warning(
                format!("{pointer}/items"),
                format!("`{items_pointer}` does not lead to an array in the response type; items are JSON values"),
            );
            TypeRef::Json
        }
    };
    Some(Pagination {
        in_body,
        page_field,
        page_ty,
        page_required,
        size_field,
        first_page: spec.get("first-page").and_then(Value::as_u64).unwrap_or(1),
        items_pointer,
        item,
        stop,
    })
}

/// Follows a JSON pointer through struct fields to an array, and returns its element type.
fn item_type_at(
    defs: &std::collections::BTreeMap<String, TypeDef>,
    root: &TypeRef,
    pointer: &str,
) -> Option<TypeRef> {
    let mut ty = root.clone();
    for segment in pointer.split('/').skip(1) {
        let segment = segment.replace("~1", "/").replace("~0", "~");
        let TypeRef::Named(name) = &ty else {
            return None;
        };
        let TypeKind::Struct(s) = &defs.get(name)?.kind else {
            return None;
        };
        ty = s.fields.iter().find(|f| f.wire_name == segment)?.ty.clone();
    }
    match ty {
        TypeRef::List(item) => Some(*item),
        _ => None,
    }
}

/// Names an operation file uses unqualified (its `use`s): a builder never takes one.
const NAMES_OF_OPERATION_FILES: &[&str] = &["Call", "Client", "Future", "Response", "Stream"];

/// The builder type of operation `id`: its name, or `<Name>Operation` where that is a name the
/// operation file imports (`response` → `ResponseOperation`).
fn builder_type_name(id: &str) -> String {
    let name = type_name(id);
    if NAMES_OF_OPERATION_FILES.contains(&name.as_str()) {
        format!("{name}Operation")
    } else {
        name
    }
}
