//! Lowering: the validated document → `ir::Api`. Names and types are decided here, once.
//!
//! Lowering reads the JSON tree: extensions and JSON pointers are needed at every step. Every
//! read is checked (`get`, `as_str`, …), so an odd shape becomes a diagnostic, never a panic.

mod auth;
mod facts;
mod features;
mod files;
pub mod names;
mod operations;
mod params;
mod sensitive;
pub(crate) use sensitive::refers_to;
mod shared;
pub mod types;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::diagnostics::Diagnostics;
use crate::ir::{
    Api, Docs, ResponseBody, Tag, TagField, Traffic, TypeDef, TypeKind, TypeRef, Union,
    UnionVariant,
};
use crate::load::LoadedSpec;
use names::{snake_name, type_name, unique};
use types::{docs_of, TypeLowerer};

/// Lowers a loaded spec into the IR for crate `crate_name`.
pub fn lower(spec: &LoadedSpec, crate_name: &str, diagnostics: &mut Diagnostics) -> Api {
    let doc = &spec.raw;
    let mut types = TypeLowerer::new(doc);
    types.lower_components(diagnostics);

    let tags = declared_tags(doc);
    let tag_modules: BTreeMap<String, String> = {
        let mut taken = BTreeSet::from([
            "client".to_string(),
            "models".to_string(),
            "operations".to_string(),
        ]);
        let mut all: Vec<String> = tags.iter().map(|(name, _)| name.clone()).collect();
        all.extend(
            used_tags(doc)
                .into_iter()
                .filter(|t| !tags.iter().any(|(n, _)| n == t)),
        );
        all.into_iter()
            .map(|name| {
                let module = unique(snake_name(&name), &mut taken);
                (name, module)
            })
            .collect()
    };
    let module_of = |tag: &str| {
        tag_modules
            .get(tag)
            .cloned()
            .unwrap_or_else(|| snake_name(tag))
    };
    let mut operations = operations::lower_operations(&mut types, &module_of, diagnostics);
    lower_webhook_payloads(&mut types, diagnostics);

    let mut tag_list = Vec::new();
    let mut ordered: Vec<(String, Docs)> = tags.clone();
    for name in used_tags(doc) {
        if !ordered.iter().any(|(n, _)| n == &name) {
            ordered.push((name, Docs::default()));
        }
    }
    for (name, docs) in ordered {
        let module = module_of(&name);
        if operations.iter().any(|op| op.tag_module == module) {
            tag_list.push(Tag {
                struct_name: format!("{}Api", type_name(&name)),
                name,
                module,
                // Decided below, once every tag of the crate is known.
                feature: String::new(),
                docs,
            });
        }
    }
    let tag_names: Vec<String> = tag_list.iter().map(|t| t.name.clone()).collect();
    let features = features::tag_features(doc, &tag_names, diagnostics);
    for tag in &mut tag_list {
        tag.feature.clone_from(&features[&tag.name]);
    }

    let error_type = crate_error_type(&mut types, &operations);
    types.report_numbered(diagnostics);
    types.finish_unions(diagnostics);
    types.box_cycles();
    types.mark_constants_and_wrappers();
    let info = doc.get("info").cloned().unwrap_or(Value::Null);
    let text = |v: &Value, key: &str| v.get(key).and_then(Value::as_str).map(String::from);
    let envelope = doc
        .get("x-error-envelope")
        .map(|e| crate::ir::ErrorEnvelope {
            code_pointer: text(e, "code").unwrap_or_else(|| "/code".into()),
            success: e
                .get("success")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_else(|| vec![Value::from(0)])
                .iter()
                .map(Value::to_string)
                .collect(),
            message_pointer: text(e, "message"),
        });
    let callbacks = auth::lower_callbacks(doc, &operations, diagnostics);
    let mut types: Vec<TypeDef> = types.defs.into_values().collect();
    name_setters(&mut types);
    files::decide(&mut types, &mut operations, &error_type);
    let servers = auth::lower_servers(doc, diagnostics);
    let security_schemes = auth::lower_schemes(doc, diagnostics);
    let shared_headers = shared::decide(&mut operations, &security_schemes);
    let mut api = Api {
        crate_name: crate_name.to_string(),
        title: text(&info, "title").unwrap_or_else(|| crate_name.to_string()),
        api_version: text(&info, "version").unwrap_or_default(),
        description: text(&info, "description"),
        default_environment: auth::default_environment(&servers),
        servers,
        security_schemes,
        tags: tag_list,
        types,
        operations,
        error_type,
        error_envelope: envelope,
        request_id_header: text(doc, "x-request-id-header"),
        inferred_count: count_inferred(doc),
        callbacks,
        customer_auth: auth::lower_customer_auth(doc, diagnostics),
        shared_headers,
        // Decided below, once the types are final.
        sensitive_holders: BTreeSet::new(),
    };
    features::decide(&mut api, doc);
    // How each parameter is written, and so which unions implement `ParamValue`: known once
    // the types are final.
    params::decide(&mut api);
    api.sensitive_holders = sensitive::holders(&api.types);
    api
}

/// OpenAPI 3.1 `webhooks`: the JSON body each one delivers becomes a model (`<Name>Webhook`
/// when inline), so a receiver decodes it as typed as a response. A type no operation uses
/// implements both serde directions.
fn lower_webhook_payloads(types: &mut TypeLowerer<'_>, diagnostics: &mut Diagnostics) {
    let doc = types.doc();
    let Some(webhooks) = doc.get("webhooks").and_then(Value::as_object) else {
        return;
    };
    for (name, item) in webhooks {
        let Some(item) = types::deref(doc, item).as_object() else {
            continue;
        };
        for (method, op) in item {
            let Some(content) = op
                .get("requestBody")
                .map(|body| types::deref(doc, body))
                .and_then(|body| body.get("content"))
                .and_then(Value::as_object)
            else {
                continue;
            };
            let json = content.iter().find(|(media, _)| {
                let media = media.to_ascii_lowercase();
                media.starts_with("application/json") || media.contains("+json")
            });
            if let Some((media, schema)) = json.and_then(|(m, c)| Some((m, c.get("schema")?))) {
                let at = format!(
                    "/webhooks/{}/{}/requestBody/content/{}/schema",
                    crate::diagnostics::escape_segment(name),
                    crate::diagnostics::escape_segment(method),
                    crate::diagnostics::escape_segment(media)
                );
                types.lower(schema, &format!("{name}Webhook"), &at, diagnostics);
            }
        }
    }
}

fn declared_tags(doc: &Value) -> Vec<(String, Docs)> {
    doc.get("tags")
        .and_then(Value::as_array)
        .map(|tags| {
            tags.iter()
                .filter_map(|t| Some((t.get("name")?.as_str()?.to_string(), docs_of(t))))
                .collect()
        })
        .unwrap_or_default()
}

fn used_tags(doc: &Value) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(paths) = doc.get("paths").and_then(Value::as_object) {
        for item in paths.values() {
            if let Some(item) = item.as_object() {
                for op in item.values() {
                    let tag = op
                        .pointer("/tags/0")
                        .and_then(Value::as_str)
                        .unwrap_or("default")
                        .to_string();
                    if op.is_object() && op.get("responses").is_some() && !out.contains(&tag) {
                        out.push(tag);
                    }
                }
            }
        }
    }
    out
}

/// The one type error bodies decode into: the single error schema when there is one, a union of
/// them when there are several, a JSON value when the spec has none.
fn crate_error_type(types: &mut TypeLowerer<'_>, operations: &[crate::ir::Operation]) -> TypeRef {
    let mut found: Vec<TypeRef> = Vec::new();
    for op in operations {
        for case in op.responses.iter().filter(|c| !c.success) {
            if let ResponseBody::Json(ty) = &case.body {
                if !found.contains(ty) {
                    found.push(ty.clone());
                }
            }
        }
    }
    match found.len() {
        0 => TypeRef::Json,
        1 => found.remove(0),
        _ => {
            let name = types.reserve("ApiErrorBody", "/components/responses");
            let mut taken = BTreeSet::new();
            let mut variants: Vec<UnionVariant> = found
                .into_iter()
                .map(|ty| {
                    let base = match &ty {
                        TypeRef::Named(n) => n.clone(),
                        _ => "Value".into(),
                    };
                    UnionVariant {
                        name: unique(base, &mut taken),
                        ty,
                        tags: Vec::new(),
                        boxed: false,
                        tag_field: TagField::Absent,
                        sensitive: None,
                    }
                })
                .collect();
            variants.push(UnionVariant {
                name: unique("Other".into(), &mut taken),
                ty: TypeRef::Json,
                tags: Vec::new(),
                boxed: false,
                tag_field: TagField::Absent,
                sensitive: None,
            });
            types.defs.insert(
                name.clone(),
                TypeDef {
                    name: name.clone(),
                    // Decided once every type is known, in `files::decide`.
                    module: String::new(),
                    traffic: Traffic::default(),
                    gate: crate::ir::Gate::Always,
                    origin: String::new(),
                    docs: Docs {
                        description: Some(
                            "An error body in any of the shapes this API documents.".into(),
                        ),
                        ..Docs::default()
                    },
                    kind: TypeKind::Union(Union {
                        variants,
                        discriminator: None,
                        tagged: false,
                    }),
                },
            );
            TypeRef::Named(name)
        }
    }
}

fn count_inferred(node: &Value) -> usize {
    match node {
        Value::Object(map) => map
            .iter()
            .map(|(k, v)| usize::from(k == "x-inferred") + count_inferred(v))
            .sum(),
        Value::Array(items) => items.iter().map(count_inferred).sum(),
        _ => 0,
    }
}

/// Names the setter of every struct field ([`names::setter_name`]): the field's own name unless
/// a method owns it or another field's setter has it. `clear_x` of a nullable field counts as
/// taken. Then the clearer of each optional nullable field that is not a file part
/// ([`crate::ir::Field::clearer`]): `clear_x`, or `set_x_null` when a setter took it (a field
/// named so).
fn name_setters(types: &mut [TypeDef]) {
    for def in types {
        let crate::ir::TypeKind::Struct(s) = &mut def.kind else {
            continue;
        };
        let mut taken: BTreeSet<String> = s
            .fields
            .iter()
            .map(|f| f.name.clone())
            .chain(
                s.fields
                    .iter()
                    .map(|f| format!("clear_{}", f.name.trim_end_matches('_'))),
            )
            .collect();
        for field in &mut s.fields {
            let own = field.name.clone();
            field.setter = names::setter_name(&own, |c| c == own || !taken.contains(c));
            taken.insert(field.setter.clone());
        }
        let mut methods: BTreeSet<String> = s.fields.iter().map(|f| f.setter.clone()).collect();
        for field in &mut s.fields {
            let file_part = matches!(&field.ty, TypeRef::Bytes)
                || matches!(&field.ty, TypeRef::List(item) if **item == TypeRef::Bytes);
            if field.presence == crate::ir::Presence::OptionalNullable && !file_part {
                // A field named `clear_x` beside `x` has the plain name: say what it does instead.
                let base = field.name.trim_end_matches('_');
                let candidates = [
                    format!("clear_{base}"),
                    format!("set_{base}_null"),
                    format!("unset_{base}"),
                ];
                let (clearer, _) =
                    names::first_free_of(&candidates, |c| methods.insert(c.to_string()));
                field.clearer = Some(clearer);
            }
        }
    }
}

/// A spec's text loaded and lowered, for the lowering tests: fails on any error, and returns
/// the warnings as `pointer: message`.
#[cfg(test)]
pub(crate) fn lower_text(yaml: &str) -> (Api, Vec<String>) {
    let (loaded, mut diagnostics) =
        crate::load::load_str(yaml, Diagnostics::new(std::path::Path::new("t.yaml")))
            .unwrap_or_else(|d| panic!("{d}"));
    let api = lower(&loaded, "t", &mut diagnostics);
    assert!(!diagnostics.has_errors(), "{diagnostics}");
    let warnings = diagnostics
        .warnings()
        .iter()
        .map(|w| format!("{}: {}", w.pointer, w.message))
        .collect();
    (api, warnings)
}

#[cfg(test)]
mod tests {
    use crate::ir::TypeKind;

    #[test]
    fn an_optional_nullable_field_has_a_clearer_no_other_method_has() {
        let yaml = r##"
openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Update:
      type: object
      x-keep: true
      required: [id]
      properties:
        id: {type: string}
        status: {type: string, nullable: true}
        clear_status: {type: boolean}
        type: {type: string, nullable: true}
        note: {type: string}
        scan: {type: string, format: binary, nullable: true}
"##;
        let (api, _) = super::lower_text(yaml);
        let TypeKind::Struct(s) = &api.types[0].kind else {
            panic!("{:?}", api.types[0].kind);
        };
        let methods: Vec<(&str, &str, Option<&str>)> = s
            .fields
            .iter()
            .map(|f| (f.name.as_str(), f.setter.as_str(), f.clearer.as_deref()))
            .collect();
        // `clear_status` is a field's own setter, so `status` clears with the next free name;
        // a keyword's escape is dropped; a file part is never three-state.
        assert_eq!(
            methods,
            [
                ("id", "id", None),
                ("status", "status", Some("set_status_null")),
                ("clear_status", "clear_status", None),
                ("type_", "type_", Some("clear_type")),
                ("note", "note", None),
                ("scan", "scan", None),
            ]
        );
    }

    #[test]
    fn a_page_field_s_type_and_presence_come_with_the_pagination() {
        let yaml = r##"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      operationId: listA
      x-pagination: {page: page, items: /items}
      parameters:
        - {name: page, in: query, schema: {type: integer, format: int32}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Page'}}}}
  /b:
    post:
      operationId: listB
      x-pagination: {in: body, page: pageNo, items: /items}
      requestBody:
        content: {application/json: {schema: {$ref: '#/components/schemas/Query'}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Page'}}}}
components:
  schemas:
    Query:
      type: object
      required: [pageNo]
      properties:
        pageNo: {type: string}
    Page:
      type: object
      properties:
        items: {type: array, items: {type: string}}
"##;
        let (api, _) = super::lower_text(yaml);
        let pages: Vec<(&str, &crate::ir::TypeRef, bool)> = api
            .operations
            .iter()
            .filter_map(|op| op.pagination.as_ref())
            .map(|p| (p.page_field.as_str(), &p.page_ty, p.page_required))
            .collect();
        assert_eq!(
            pages,
            [
                ("page", &crate::ir::TypeRef::I32, false),
                ("page_no", &crate::ir::TypeRef::String, true)
            ]
        );
    }
}
