//! Sensitive fields (`Field::sensitive`, `UnionVariant::sensitive`): a hand-written `Debug` that
//! prints them through `paygen_runtime::redact`, and, on request types, the
//! `SensitiveValues` impl that hands their values to the request so errors never show them.
//! Types without sensitive data keep `#[derive(Debug)]` and get neither.

use std::collections::BTreeSet;

use super::text::{string, Writer};
use crate::ir::{Api, Operation, Redaction, Struct, TypeKind, TypeRef, Union};

/// True when a type marks a field or variant sensitive itself.
fn marks(kind: &TypeKind) -> bool {
    match kind {
        TypeKind::Struct(s) => s.fields.iter().any(|f| f.sensitive.is_some()),
        TypeKind::Union(u) => u.variants.iter().any(|v| v.sensitive.is_some()),
        _ => false,
    }
}

/// The named types that hold a sensitive value, themselves or in a type inside them.
pub fn holders(api: &Api) -> BTreeSet<String> {
    let mut found: BTreeSet<String> = api
        .types
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
        for t in &api.types {
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

/// True when `ty` is, or holds in a list or map, one of `names`.
pub fn refers_to(ty: &TypeRef, names: &BTreeSet<String>) -> bool {
    match ty {
        TypeRef::Named(name) => names.contains(name),
        TypeRef::List(inner) | TypeRef::Map(inner) => refers_to(inner, names),
        _ => false,
    }
}

/// The innermost type of lists and maps.
fn leaf(ty: &TypeRef) -> &TypeRef {
    match ty {
        TypeRef::List(inner) | TypeRef::Map(inner) => leaf(inner),
        other => other,
    }
}

/// What `Debug` prints for a sensitive value `value` (a reference) of type `ty`: `Redacted`
/// keeps `Option`s, lists and maps visible around the masked values; a generated model inside
/// is shown as `[redacted]` as a whole.
fn redacted(value: &str, ty: &TypeRef, how: Redaction) -> String {
    if matches!(leaf(ty), TypeRef::Named(_) | TypeRef::Unit) {
        return format!("&paygen_runtime::redact::Opaque({value})");
    }
    let rule = match how {
        Redaction::Full => "full",
        Redaction::Last4 => "last4",
    };
    format!("&paygen_runtime::redact::Redacted::{rule}({value})")
}

/// The Rust name without `r#`, as `#[derive(Debug)]` prints it.
fn shown_name(name: &str) -> &str {
    name.strip_prefix("r#").unwrap_or(name)
}

/// True when the struct needs the hand-written `Debug`.
pub fn struct_needs_debug(s: &Struct) -> bool {
    s.fields.iter().any(|f| f.sensitive.is_some())
}

/// `impl Debug` printing every field as `#[derive(Debug)]` would, the sensitive ones redacted.
/// Left to rustfmt for its layout (few types have one).
pub fn struct_debug(w: &mut Writer, name: &str, s: &Struct) {
    w.unsure();
    w.line(0, &format!("impl std::fmt::Debug for {name} {{"));
    w.line(
        4,
        "fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {",
    );
    w.line(8, &format!("f.debug_struct({})", string(name)));
    for field in &s.fields {
        let value = format!("&self.{}", field.name);
        let shown = match field.sensitive {
            Some(how) => redacted(&value, &field.ty, how),
            None => value,
        };
        let label = string(shown_name(&field.name));
        w.line(12, &format!(".field({label}, {shown})"));
    }
    if s.additional.is_some() {
        w.line(
            12,
            ".field(\"additional_properties\", &self.additional_properties)",
        );
    }
    w.line(12, ".finish()");
    w.line(4, "}");
    w.line(0, "}");
}

/// `impl Debug` for an operation's parameters when one is sensitive: printed as
/// `#[derive(Debug)]` would, the sensitive ones redacted.
pub fn operation_debug(w: &mut Writer, op: &Operation) {
    let name = &op.builder_name;
    w.unsure();
    w.line(0, &format!("impl std::fmt::Debug for {name}<'_> {{"));
    w.line(
        4,
        "fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {",
    );
    w.line(8, &format!("f.debug_struct({})", string(name)));
    for p in &op.params {
        let value = format!("&self.{}", p.name);
        let shown = match p.sensitive {
            Some(how) => redacted(&value, &p.ty, how),
            None => value,
        };
        let label = string(shown_name(&p.name));
        w.line(12, &format!(".field({label}, {shown})"));
    }
    if op.body.is_some() {
        w.line(12, ".field(\"body\", &self.body)");
    }
    w.line(12, ".finish()");
    w.line(4, "}");
    w.line(0, "}");
}

/// `impl SensitiveValues`: the values of the sensitive fields, and those of the fields whose
/// types hold some.
pub fn struct_values(w: &mut Writer, name: &str, s: &Struct, holders: &BTreeSet<String>) {
    w.unsure();
    w.line(
        0,
        &format!("impl paygen_runtime::redact::SensitiveValues for {name} {{"),
    );
    w.line(4, "fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {");
    for field in &s.fields {
        let value = format!("&self.{}", field.name);
        if field.sensitive.is_some() {
            w.line(
                8,
                &format!("paygen_runtime::redact::values_of({value}, out);"),
            );
        } else if refers_to(&field.ty, holders) {
            w.line(
                8,
                &format!(
                    "paygen_runtime::redact::SensitiveValues::sensitive_values({value}, out);"
                ),
            );
        }
    }
    if s.additional
        .as_ref()
        .is_some_and(|ty| refers_to(ty, holders))
    {
        w.line(
            8,
            "paygen_runtime::redact::SensitiveValues::sensitive_values(&self.additional_properties, out);",
        );
    }
    w.line(4, "}");
    w.line(0, "}");
}

/// True when the union needs the hand-written `Debug`.
pub fn union_needs_debug(u: &Union) -> bool {
    u.variants.iter().any(|v| v.sensitive.is_some())
}

/// `impl Debug` for a union with a sensitive variant. `unknown` adds the tagged unions'
/// `Unknown(Value)`.
pub fn write_union_debug(w: &mut Writer, name: &str, u: &Union, unknown: bool) {
    w.line(0, &format!("impl std::fmt::Debug for {name} {{"));
    w.line(
        4,
        "fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {",
    );
    w.line(8, "match self {");
    for v in &u.variants {
        let shown = match v.sensitive {
            Some(how) => redacted("value", &v.ty, how),
            None => "value".to_string(),
        };
        w.line(
            12,
            &format!(
                "Self::{}(value) => f.debug_tuple({}).field({shown}).finish(),",
                v.name,
                string(&v.name)
            ),
        );
    }
    if unknown {
        w.line(
            12,
            "Self::Unknown(value) => f.debug_tuple(\"Unknown\").field(value).finish(),",
        );
    }
    w.line(8, "}");
    w.line(4, "}");
    w.line(0, "}");
    w.end_item();
}

/// `impl SensitiveValues` for a union: the chosen variant's values.
pub fn write_union_values(
    w: &mut Writer,
    name: &str,
    u: &Union,
    holders: &BTreeSet<String>,
    unknown: bool,
) {
    w.line(
        0,
        &format!("impl paygen_runtime::redact::SensitiveValues for {name} {{"),
    );
    w.line(4, "fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {");
    w.line(8, "match self {");
    for v in &u.variants {
        let variant = &v.name;
        w.line(
            12,
            &if v.sensitive.is_some() {
                format!("Self::{variant}(value) => paygen_runtime::redact::values_of(value, out),")
            } else if refers_to(&v.ty, holders) {
                format!(
                    "Self::{variant}(value) => paygen_runtime::redact::SensitiveValues::sensitive_values(value, out),"
                )
            } else {
                format!("Self::{variant}(_) => {{}}")
            },
        );
    }
    if unknown {
        w.line(12, "Self::Unknown(_) => {}");
    }
    w.line(8, "}");
    w.line(4, "}");
    w.line(0, "}");
    w.end_item();
}
