//! How a parameter's value becomes text. Scalars, enums, unions of those and lists of them
//! implement `paygen_runtime::ParamValue` and are written as their text; objects, maps, other
//! unions and free-form values go through serde (`query_form`, `simple_param`), which writes
//! them in the parameter's style (an exploded form object is one query pair per property).

use std::collections::BTreeSet;

use crate::ir::{Api, Param, TypeDef, TypeKind, TypeRef};

/// Decides how every parameter is written ([`Param::as_text`]) and which unions implement
/// `ParamValue` for it (`Traffic::param_value`). Runs once the types are final.
pub fn decide(api: &mut Api) {
    let text: Vec<Vec<bool>> = api
        .operations
        .iter()
        .map(|op| op.params.iter().map(|p| as_text(api, p)).collect())
        .collect();
    for (op, text) in api.operations.iter_mut().zip(text) {
        for (p, text) in op.params.iter_mut().zip(text) {
            p.as_text = text;
        }
    }
    let unions = param_unions(api);
    for def in &mut api.types {
        def.traffic.param_value = unions.contains(&def.name);
    }
}

/// How deep unions of unions (and aliases) are followed before giving up on text.
const MAX_DEPTH: usize = 8;

fn def<'a>(api: &'a Api, name: &str) -> Option<&'a TypeDef> {
    api.types.iter().find(|t| t.name == name)
}

/// True when values of `ty` implement `ParamValue` (or will: see [`param_unions`]).
fn is_text(api: &Api, ty: &TypeRef) -> bool {
    text_at(api, ty, 0)
}

fn text_at(api: &Api, ty: &TypeRef, depth: usize) -> bool {
    if depth > MAX_DEPTH {
        return false;
    }
    match ty {
        TypeRef::String
        | TypeRef::Bool
        | TypeRef::I32
        | TypeRef::I64
        | TypeRef::F64
        | TypeRef::Decimal { .. }
        | TypeRef::Uuid
        | TypeRef::DateTime
        | TypeRef::Date
        | TypeRef::Json => true,
        TypeRef::List(inner) => text_at(api, inner, depth + 1),
        TypeRef::Bytes | TypeRef::Map(_) | TypeRef::Unit => false,
        TypeRef::Named(name) => match def(api, name).map(|d| &d.kind) {
            Some(TypeKind::Enum(_)) => true,
            Some(TypeKind::Union(u)) => {
                !u.tagged
                    && !u.variants.is_empty()
                    && u.variants
                        .iter()
                        .all(|v| !v.boxed && text_at(api, &v.ty, depth + 1))
            }
            _ => false,
        },
    }
}

/// True when the parameter is written through `ParamValue`. A lone free-form value goes
/// through serde instead, so that an object is written in the parameter's style.
fn as_text(api: &Api, p: &Param) -> bool {
    (p.list || p.ty != TypeRef::Json) && is_text(api, &p.ty)
}

/// The unions that must implement `ParamValue`: those a parameter written as text holds,
/// directly, in a list or inside another such union.
fn param_unions(api: &Api) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut stack: Vec<&TypeRef> = api
        .operations
        .iter()
        .flat_map(|op| &op.params)
        .filter(|p| p.as_text)
        .map(|p| &p.ty)
        .collect();
    while let Some(ty) = stack.pop() {
        match ty {
            TypeRef::List(inner) => stack.push(inner),
            TypeRef::Named(name) => match def(api, name).map(|d| &d.kind) {
                Some(TypeKind::Union(u)) if found.insert(name.clone()) => {
                    stack.extend(u.variants.iter().map(|v| &v.ty));
                }
                _ => {}
            },
            _ => {}
        }
    }
    found
}

#[cfg(test)]
mod tests {

    #[test]
    fn scalars_enums_and_unions_of_them_are_written_as_text_objects_through_serde() {
        let yaml = r##"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /items:
    get:
      operationId: listItems
      parameters:
        - {name: ids, in: query, schema: {type: array, items: {type: integer}}}
        - {name: owner, in: query, schema: {$ref: '#/components/schemas/NameOrId'}}
        - {name: filter, in: query, schema: {$ref: '#/components/schemas/Filter'}}
        - {name: extra, in: query, schema: {}}
      responses: {'204': {description: ok}}
components:
  schemas:
    NameOrId:
      oneOf: [{type: string}, {type: integer}]
    Filter:
      type: object
      properties: {status: {type: string}}
"##;
        let (api, _) = super::super::lower_text(yaml);
        let text: Vec<(&str, bool)> = api.operations[0]
            .params
            .iter()
            .map(|p| (p.wire_name.as_str(), p.as_text))
            .collect();
        // A lone free-form value goes through serde so an object keeps the parameter's style.
        assert_eq!(
            text,
            [
                ("ids", true),
                ("owner", true),
                ("filter", false),
                ("extra", false)
            ]
        );
        let param_value: Vec<&str> = api
            .types
            .iter()
            .filter(|t| t.traffic.param_value)
            .map(|t| t.name.as_str())
            .collect();
        assert_eq!(param_value, ["NameOrId"]);
    }
}
