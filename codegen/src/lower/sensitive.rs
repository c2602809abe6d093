//! Which models hold a sensitive value (`Field::sensitive`, `UnionVariant::sensitive`), in
//! themselves or in a model inside them: those get a redacting `Debug` around the marked values
//! and, when sent, hand their values to the request (`SensitiveValues`) so errors never show
//! them.

use std::collections::BTreeSet;

use crate::ir::{TypeDef, TypeKind, TypeRef};

/// True when a type marks a field or variant sensitive itself.
fn marks(kind: &TypeKind) -> bool {
    match kind {
        TypeKind::Struct(s) => s.fields.iter().any(|f| f.sensitive.is_some()),
        TypeKind::Union(u) => u.variants.iter().any(|v| v.sensitive.is_some()),
        _ => false,
    }
}

/// True when `ty` is, or holds in a list or map, one of `names` (with
/// [`crate::ir::Api::sensitive_holders`]: whether a value of `ty` holds a sensitive one).
pub(crate) fn refers_to(ty: &TypeRef, names: &BTreeSet<String>) -> bool {
    match ty {
        TypeRef::Named(name) => names.contains(name),
        TypeRef::List(inner) | TypeRef::Map(inner) => refers_to(inner, names),
        _ => false,
    }
}

/// The named types that hold a sensitive value, themselves or in a type inside them.
pub fn holders(types: &[TypeDef]) -> BTreeSet<String> {
    let mut found: BTreeSet<String> = types
        .iter()
        .filter(|t| marks(&t.kind))
        .map(|t| t.name.clone())
        .collect();
    if found.is_empty() {
        return found;
    }
    // Grow until no type refers to a holder it is not counted with.
    loop {
        let before = found.len();
        for t in types {
            if found.contains(&t.name) {
                continue;
            }
            let inner: Vec<&TypeRef> = match &t.kind {
                TypeKind::Struct(s) => s
                    .fields
                    .iter()
                    .map(|f| &f.ty)
                    .chain(&s.additional)
                    .collect(),
                TypeKind::Union(u) => u.variants.iter().map(|v| &v.ty).collect(),
                TypeKind::Enum(_) => Vec::new(),
            };
            if inner.into_iter().any(|ty| refers_to(ty, &found)) {
                found.insert(t.name.clone());
            }
        }
        if found.len() == before {
            return found;
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_model_holding_a_marked_one_at_any_depth_holds_sensitive_values() {
        let yaml = r##"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /payments:
    post:
      operationId: pay
      requestBody:
        content: {application/json: {schema: {$ref: '#/components/schemas/Payment'}}}
      responses:
        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Receipt'}}}}
components:
  schemas:
    Payment:
      type: object
      properties:
        methods: {type: object, additionalProperties: {type: array, items: {$ref: '#/components/schemas/Method'}}}
    Method:
      oneOf: [{$ref: '#/components/schemas/Card'}, {$ref: '#/components/schemas/Bank'}]
    Card:
      type: object
      properties:
        number: {type: string, x-sensitive: last4}
    Bank:
      type: object
      properties:
        name: {type: string}
    Receipt:
      type: object
      properties:
        id: {type: string}
        bank: {$ref: '#/components/schemas/Bank'}
"##;
        let (api, _) = super::super::lower_text(yaml);
        // `Card` marks a field; `Method` holds a `Card`, `Payment` a map of lists of `Method`.
        let holders: Vec<&str> = api.sensitive_holders.iter().map(String::as_str).collect();
        assert_eq!(holders, ["Card", "Method", "Payment"]);
    }
}
