//! Cargo features: one per tag (or per group of tags, `x-feature`), and which of them compile
//! each model in. A feature compiles its operations and exactly the models they reach; a model
//! every build needs (the error body, a type the client itself holds, a callback or webhook
//! payload, a schema marked `x-keep`) is not gated; a model nothing reaches is not generated.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::files::reachable;
use super::names::{first_free, snake_name};
use crate::diagnostics::{escape_segment, Diagnostics};
use crate::ir::{Api, Gate, ResponseBody, TypeRef};

/// Features the generated manifest defines for its own use; a tag never takes these names.
const RESERVED: &[&str] = &[
    "default",
    "rustls",
    "native-tls",
    "serialize",
    "deserialize",
];

/// A name cargo accepts for a feature (ASCII only, so it reads the same everywhere): letters,
/// digits, `_`, `-`, `+` and `.`, starting with a letter, a digit or `_`.
fn valid_feature(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+' | '.'))
}

/// The feature of each tag, by tag name, for `tags` in the order the crate lists them. A tag
/// object's `x-feature` names the group it joins (tags naming the same group share one feature,
/// and so does a tag whose own name is the group's); any other tag gets its own feature, its
/// name in kebab case (`Balance Accounts` → `balance-accounts`), made unique in tag order.
pub fn tag_features(
    doc: &Value,
    tags: &[String],
    diagnostics: &mut Diagnostics,
) -> BTreeMap<String, String> {
    let declared = doc.get("tags").and_then(Value::as_array);
    let mut explicit: BTreeMap<&str, String> = BTreeMap::new();
    for (i, tag) in declared.into_iter().flatten().enumerate() {
        let (Some(name), Some(group)) = (
            tag.get("name").and_then(Value::as_str),
            tag.get("x-feature"),
        ) else {
            continue;
        };
        let at = format!("/tags/{i}/x-feature");
        match group.as_str() {
            Some(g) if valid_feature(g) && !RESERVED.contains(&g) => {
                explicit.insert(name, g.to_string());
            }
            Some(g) if RESERVED.contains(&g) => diagnostics.warning(
                at,
                format!("`{g}` is a feature of every generated crate; the tag gets its own feature name instead"),
            ),
            _ => diagnostics.warning(
                at,
                "x-feature must be a cargo feature name (ASCII letters, digits, `_`, `-`, `+`, `.`); the tag gets its own feature name instead",
            ),
        }
    }
    let groups: BTreeSet<String> = explicit.values().cloned().collect();
    let mut taken: BTreeSet<String> = RESERVED.iter().map(|s| s.to_string()).collect();
    taken.extend(groups.iter().cloned());
    tags.iter()
        .map(|tag| {
            let feature = explicit.get(tag.as_str()).cloned().unwrap_or_else(|| {
                let kebab = snake_name(tag).trim_end_matches('_').replace('_', "-");
                let base = if RESERVED.contains(&kebab.as_str()) {
                    format!("{kebab}-tag")
                } else {
                    kebab
                };
                // A tag whose own name is a group's name is in that group (`payments` with
                // `x-feature: pets` joins the `pets` tag's feature, not `pets-2`).
                if groups.contains(&base) {
                    return base;
                }
                first_free(&base, "-", |candidate| taken.insert(candidate.to_string()))
            });
            (tag.clone(), feature)
        })
        .collect()
}

/// Sets each model's [`Gate`] and drops the models nothing reaches. Roots every build keeps: the
/// error type, the types of the headers the client holds defaults for, schemas referenced from
/// callbacks and webhooks (and webhook payloads), schemas with `x-keep: true`. A spec without
/// operations keeps every model: its models are all it has.
pub fn decide(api: &mut Api, doc: &Value) {
    if api.operations.is_empty() {
        return;
    }
    let feature_of: BTreeMap<&str, &str> = api
        .tags
        .iter()
        .map(|t| (t.module.as_str(), t.feature.as_str()))
        .collect();
    let mut roots: BTreeMap<&str, Vec<&TypeRef>> = BTreeMap::new();
    for op in &api.operations {
        let Some(feature) = feature_of.get(op.tag_module.as_str()) else {
            continue;
        };
        let entry = roots.entry(feature).or_default();
        entry.extend(op.params.iter().map(|p| &p.ty));
        entry.extend(op.body.iter().map(|b| &b.ty));
        entry.extend(op.responses.iter().filter_map(|r| match &r.body {
            ResponseBody::Json(ty) => Some(ty),
            _ => None,
        }));
        entry.extend(op.pagination.iter().map(|p| &p.item));
    }
    let kept_pointers = kept_schemas(doc);
    let kept_types: Vec<TypeRef> = api
        .types
        .iter()
        .filter(|t| {
            t.origin.starts_with("/webhooks/")
                || t.origin.contains("/callbacks/")
                || kept_pointers.contains(&t.origin)
        })
        .map(|t| TypeRef::Named(t.name.clone()))
        .collect();
    let always = reachable(
        &api.types,
        std::iter::once(&api.error_type)
            .chain(api.shared_headers.iter().map(|h| &h.ty))
            .chain(kept_types.iter()),
    );
    let mut gated: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for (feature, refs) in &roots {
        for name in reachable(&api.types, refs.iter().copied()) {
            gated.entry(name).or_default().insert(feature);
        }
    }
    let gates: BTreeMap<String, Gate> = api
        .types
        .iter()
        .filter_map(|t| {
            let gate = if always.contains(&t.name) {
                Gate::Always
            } else {
                let features = gated.get(&t.name)?;
                Gate::Features(features.iter().map(|f| f.to_string()).collect())
            };
            Some((t.name.clone(), gate))
        })
        .collect();
    api.types.retain(|t| gates.contains_key(&t.name));
    for t in &mut api.types {
        t.gate = gates[&t.name].clone();
    }
}

/// JSON pointers (`/components/schemas/X`) of the schemas every build keeps: marked `x-keep:
/// true`, or referenced from a callback or a webhook (`webhooks`, or `x-webhooks` in 3.0; followed through other components, such
/// as request bodies and path items, but not into schemas: what a kept schema reaches is kept
/// with it by type reachability).
fn kept_schemas(doc: &Value) -> BTreeSet<String> {
    let mut kept: BTreeSet<String> = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .filter(|(_, s)| s.get("x-keep").and_then(Value::as_bool) == Some(true))
        .map(|(key, _)| format!("/components/schemas/{}", escape_segment(key)))
        .collect();
    let mut starts: Vec<&Value> = Vec::new();
    starts.extend(doc.get("webhooks"));
    // The pre-3.1 convention for webhooks (Redocly's), as 3.0 specs write them.
    starts.extend(doc.get("x-webhooks"));
    starts.extend(doc.pointer("/components/callbacks"));
    for item in doc
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flat_map(|p| p.values())
    {
        for op in item.as_object().into_iter().flat_map(|i| i.values()) {
            starts.extend(op.get("callbacks"));
        }
    }
    let mut followed = BTreeSet::new();
    while let Some(node) = starts.pop() {
        match node {
            Value::Object(map) => {
                if let Some(target) = map.get("$ref").and_then(Value::as_str) {
                    let pointer = target.trim_start_matches('#');
                    if pointer.starts_with("/components/schemas/") {
                        kept.insert(pointer.to_string());
                    } else if followed.insert(pointer.to_string()) {
                        starts.extend(doc.pointer(pointer));
                    }
                }
                starts.extend(map.values());
            }
            Value::Array(items) => starts.extend(items),
            _ => {}
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::Diagnostics;
    use crate::ir::{Api, Gate};

    use super::super::lower_text as lower;

    fn gate(api: &Api, name: &str) -> Option<Gate> {
        api.types
            .iter()
            .find(|t| t.name == name)
            .map(|t| t.gate.clone())
    }

    fn features(list: &[&str]) -> Option<Gate> {
        Some(Gate::Features(list.iter().map(|f| f.to_string()).collect()))
    }

    const SPEC: &str = r##"
openapi: 3.0.3
info: {title: t, version: '1'}
tags:
  - name: Account Holders
  - name: Cards
    x-feature: payments
  - name: Refunds
    x-feature: payments
  - name: Serialize
  - name: Odd
    x-feature: "not a name"
paths:
  /holders:
    get:
      tags: [Account Holders]
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Holder'}}}}
        '400': {description: bad, content: {application/json: {schema: {$ref: '#/components/schemas/Problem'}}}}
  /cards:
    post:
      tags: [Cards]
      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Card'}}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Money'}}}}
      callbacks:
        paid:
          '{$request.body#/url}':
            post:
              requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Paid'}}}}
              responses: {'200': {description: ok}}
  /refunds:
    post:
      tags: [Refunds]
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Money'}}}}
  /serialize:
    get:
      tags: [Serialize]
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Money'}}}}
  /odd:
    get:
      tags: [Odd]
      responses: {'204': {description: none}}
  /untagged:
    get:
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Holder'}}}}
components:
  schemas:
    Problem:
      type: object
      properties: {detail: {$ref: '#/components/schemas/Detail'}}
    Detail: {type: object, properties: {code: {type: string}}}
    Holder:
      type: object
      properties: {name: {type: string}, address: {$ref: '#/components/schemas/Address'}}
    Address: {type: object, properties: {city: {type: string}}}
    Card:
      type: object
      properties: {number: {type: string}, holder: {$ref: '#/components/schemas/Holder'}}
    Money: {type: object, properties: {amount: {type: integer}}}
    Paid: {type: object, properties: {at: {type: string}}}
    Orphan: {type: object, properties: {lost: {$ref: '#/components/schemas/OrphanPart'}}}
    OrphanPart: {type: object, properties: {x: {type: string}}}
    Kept: {type: object, x-keep: true, properties: {part: {$ref: '#/components/schemas/KeptPart'}}}
    KeptPart: {type: object, properties: {y: {type: string}}}
"##;

    #[test]
    fn tags_get_kebab_features_and_x_feature_groups_them() {
        let (api, warnings) = lower(SPEC);
        let tags: Vec<(&str, &str)> = api
            .tags
            .iter()
            .map(|t| (t.name.as_str(), t.feature.as_str()))
            .collect();
        assert_eq!(
            tags,
            [
                ("Account Holders", "account-holders"),
                ("Cards", "payments"),
                ("Refunds", "payments"),
                // A manifest feature of every crate is never a tag's name.
                ("Serialize", "serialize-tag"),
                ("Odd", "odd"),
                // Untagged operations are the `default` tag.
                ("default", "default-tag"),
            ]
        );
        assert!(
            warnings
                .iter()
                .any(|w| w.starts_with("/tags/4/x-feature: x-feature must be")),
            "{warnings:?}"
        );
    }

    #[test]
    fn a_tag_named_like_a_group_is_in_that_group() {
        let doc: serde_json::Value = serde_json::json!({
            "tags": [{"name": "pets"}, {"name": "payments", "x-feature": "pets"}, {"name": "Pets"}]
        });
        let tags: Vec<String> = ["pets", "payments", "Pets"].map(String::from).to_vec();
        let mut diagnostics = Diagnostics::new(std::path::Path::new("t.yaml"));
        let features = super::tag_features(&doc, &tags, &mut diagnostics);
        assert_eq!(features["pets"], "pets");
        assert_eq!(features["payments"], "pets");
        // Another tag of the same kebab name is the same group too: one feature per name.
        assert_eq!(features["Pets"], "pets");
    }

    #[test]
    fn a_model_is_gated_by_the_features_whose_operations_reach_it() {
        let (api, _) = lower(SPEC);
        // Reached by one feature's operations (and inside a model of them).
        assert_eq!(gate(&api, "Card"), features(&["payments"]));
        // Reached by two tags of one group (one feature) and by another tag.
        assert_eq!(
            gate(&api, "Money"),
            features(&["payments", "serialize-tag"])
        );
        // Reached by several features, directly and through another model.
        assert_eq!(
            gate(&api, "Holder"),
            features(&["account-holders", "default-tag", "payments"])
        );
        assert_eq!(gate(&api, "Address"), gate(&api, "Holder"));
    }

    #[test]
    fn models_every_build_needs_are_not_gated() {
        let (api, _) = lower(SPEC);
        // The error body and what it holds.
        assert_eq!(gate(&api, "Problem"), Some(Gate::Always));
        assert_eq!(gate(&api, "Detail"), Some(Gate::Always));
        // A callback's payload.
        assert_eq!(gate(&api, "Paid"), Some(Gate::Always));
        // Asked for by the spec, with what it holds.
        assert_eq!(gate(&api, "Kept"), Some(Gate::Always));
        assert_eq!(gate(&api, "KeptPart"), Some(Gate::Always));
    }

    #[test]
    fn models_nothing_reaches_are_not_generated() {
        let (api, _) = lower(SPEC);
        assert_eq!(gate(&api, "Orphan"), None);
        assert_eq!(gate(&api, "OrphanPart"), None);
    }

    #[test]
    fn a_spec_without_operations_keeps_its_models() {
        let (api, _) = lower(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Lonely: {type: object, properties: {a: {type: string}}}\n",
        );
        assert_eq!(gate(&api, "Lonely"), Some(Gate::Always));
    }
}
