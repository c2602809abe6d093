//! What each model becomes in the crate: the file it lives in and the serde traits it
//! implements. Decided once every type and operation is known.

use std::collections::{BTreeMap, BTreeSet};

use super::names::{first_free, snake_name};
use crate::ir::{Operation, ResponseBody, SuccessShape, Traffic, TypeDef, TypeKind, TypeRef};

/// Names each model's module (its file under `src/models/`) and sets its serde directions.
/// File names are made unique in a fixed order: the types by Rust name, then the response enums
/// in operation order.
pub fn decide(types: &mut [TypeDef], operations: &mut [Operation], error_type: &TypeRef) {
    let traffic = traffic(types, operations, error_type);
    for def in types.iter_mut() {
        def.traffic = traffic[&def.name];
    }
    let mut taken = BTreeSet::new();
    let mut file_name = |name: &str| {
        // `snake_name` never gives `mod` (a keyword), so no model file is the module index.
        first_free(&snake_name(name), "_", |candidate| {
            taken.insert(candidate.to_string())
        })
    };
    for def in types.iter_mut() {
        def.module = file_name(&def.name);
    }
    // An alternative body media type shares its operation's response enum.
    let mut enum_modules: BTreeMap<String, String> = BTreeMap::new();
    for op in operations.iter_mut() {
        if let SuccessShape::Enum { name, module } = &mut op.success {
            if op.alternative_of.is_none() {
                *module = file_name(name);
                enum_modules.insert(name.clone(), module.clone());
            }
        }
    }
    for op in operations.iter_mut() {
        if let SuccessShape::Enum { name, module } = &mut op.success {
            if let Some(decided) = enum_modules.get(name) {
                module.clone_from(decided);
            }
        }
    }
}

/// How each named type travels: reached from requests, from responses, or from neither (then it
/// and the types inside it get both serde directions).
fn traffic(
    types: &[TypeDef],
    operations: &[Operation],
    error_type: &TypeRef,
) -> BTreeMap<String, Traffic> {
    let requests = operations.iter().flat_map(|op| {
        let params = op.params.iter().map(|p| &p.ty);
        op.body.iter().map(|b| &b.ty).chain(params)
    });
    let responses = operations.iter().flat_map(|op| {
        let bodies = op.responses.iter().filter_map(|r| match &r.body {
            ResponseBody::Json(ty) => Some(ty),
            _ => None,
        });
        bodies.chain(op.pagination.iter().map(|p| &p.item))
    });
    let sent = reachable(types, requests);
    let received = reachable(types, responses.chain([error_type]));
    let unused: Vec<TypeRef> = types
        .iter()
        .filter(|t| !sent.contains(&t.name) && !received.contains(&t.name))
        .map(|t| TypeRef::Named(t.name.clone()))
        .collect();
    let both = reachable(types, unused.iter());
    types
        .iter()
        .map(|t| {
            let traffic = Traffic {
                sent: sent.contains(&t.name),
                serialize: sent.contains(&t.name) || both.contains(&t.name),
                deserialize: received.contains(&t.name) || both.contains(&t.name),
                // Set once the whole API is known (`lower::params::param_unions`).
                param_value: false,
            };
            (t.name.clone(), traffic)
        })
        .collect()
}

/// Names of the types `roots` refer to, directly or nested (through fields and variants).
pub(super) fn reachable<'a>(
    types: &'a [TypeDef],
    roots: impl Iterator<Item = &'a TypeRef>,
) -> BTreeSet<String> {
    let by_name: BTreeMap<&str, &TypeDef> = types.iter().map(|t| (t.name.as_str(), t)).collect();
    let mut stack: Vec<&TypeRef> = roots.collect();
    let mut seen = BTreeSet::new();
    while let Some(ty) = stack.pop() {
        match ty {
            TypeRef::Named(name) if seen.insert(name.clone()) => {
                match by_name.get(name.as_str()).map(|d| &d.kind) {
                    Some(TypeKind::Struct(s)) => {
                        stack.extend(s.fields.iter().map(|f| &f.ty));
                        stack.extend(s.additional.iter());
                    }
                    Some(TypeKind::Union(u)) => stack.extend(u.variants.iter().map(|v| &v.ty)),
                    _ => {}
                }
            }
            TypeRef::List(inner) | TypeRef::Map(inner) => stack.push(inner),
            _ => {}
        }
    }
    seen
}
