//! Sensitive fields (`Field::sensitive`, `UnionVariant::sensitive`): a hand-written `Debug` that
//! prints them through `paygen_runtime::redact`, and, on request types, the
//! `SensitiveValues` impl that hands their values to the request so errors never show them.
//! Types without sensitive data keep `#[derive(Debug)]` and get neither.

use std::collections::BTreeSet;

use super::text::{string, Writer};
use crate::ir::{Operation, Redaction, SharedHeader, Struct, TypeRef, Union};
use crate::lower::refers_to;

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
pub fn struct_debug(w: &mut Writer, name: &str, s: &Struct) {
    let mut fields: Vec<(&str, String)> = s
        .fields
        .iter()
        .map(|f| (f.name.as_str(), shown(&f.name, &f.ty, f.sensitive)))
        .collect();
    if s.additional.is_some() {
        fields.push((
            "additional_properties",
            "&self.additional_properties".to_string(),
        ));
    }
    debug_impl(w, name, name, &fields);
}

/// `impl Debug` for an operation's parameters when one is sensitive: printed as
/// `#[derive(Debug)]` would, the sensitive ones redacted.
pub fn operation_debug(w: &mut Writer, op: &Operation) {
    let name = &op.builder_name;
    let mut fields: Vec<(&str, String)> = op
        .params
        .iter()
        .map(|p| (p.name.as_str(), shown(&p.name, &p.ty, p.sensitive)))
        .collect();
    if op.body.is_some() {
        fields.push(("body", "&self.body".to_string()));
    }
    debug_impl(w, &format!("{name}<'_>"), name, &fields);
}

/// `impl Debug` for the client's defaults of the shared headers when one is sensitive.
pub fn defaults_debug(w: &mut Writer, shared: &[SharedHeader]) {
    let fields: Vec<(&str, String)> = shared
        .iter()
        .map(|h| (h.name.as_str(), shown(&h.name, &h.ty, h.sensitive)))
        .collect();
    debug_impl(w, "Defaults", "Defaults", &fields);
}

/// What `Debug` prints for the field `name`: a reference to it, redacted when sensitive.
fn shown(name: &str, ty: &TypeRef, sensitive: Option<Redaction>) -> String {
    let value = format!("&self.{name}");
    match sensitive {
        Some(how) => redacted(&value, ty, how),
        None => value,
    }
}

/// `impl Debug for {ty}` printing `name` with `fields` (names and the values shown).
fn debug_impl(w: &mut Writer, ty: &str, name: &str, fields: &[(&str, String)]) {
    w.line(0, &format!("impl std::fmt::Debug for {ty} {{"));
    w.line(
        4,
        "fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {",
    );
    let mut links: Vec<(String, Vec<String>)> = fields
        .iter()
        .map(|(field, shown)| {
            let label = string(shown_name(field));
            ("field".to_string(), vec![label, shown.clone()])
        })
        .collect();
    links.push(("finish".to_string(), Vec::new()));
    w.chain(8, &format!("f.debug_struct({})", string(name)), &links);
    w.line(4, "}");
    w.line(0, "}");
}

/// `impl SensitiveValues`: the values of the sensitive fields, and those of the fields whose
/// types hold some.
pub fn struct_values(w: &mut Writer, name: &str, s: &Struct, holders: &BTreeSet<String>) {
    w.line(
        0,
        &format!("impl paygen_runtime::redact::SensitiveValues for {name} {{"),
    );
    w.line(4, "fn sensitive_values(&self, out: &mut dyn FnMut(&str)) {");
    let mut wrote = false;
    for field in &s.fields {
        let value = format!("&self.{}", field.name);
        if field.sensitive.is_some() {
            w.call_or_list(
                8,
                "paygen_runtime::redact::values_of",
                &[value, "out".into()],
                ";",
            );
        } else if refers_to(&field.ty, holders) {
            let head = "paygen_runtime::redact::SensitiveValues::sensitive_values";
            w.call_or_list(8, head, &[value, "out".into()], ";");
        } else {
            continue;
        }
        wrote = true;
    }
    if s.additional
        .as_ref()
        .is_some_and(|ty| refers_to(ty, holders))
    {
        let head = "paygen_runtime::redact::SensitiveValues::sensitive_values";
        let args = ["&self.additional_properties".to_string(), "out".into()];
        w.call_or_list(8, head, &args, ";");
        wrote = true;
    }
    if !wrote {
        // rustfmt writes an empty body as `{}` on the signature's line.
        w.unsure();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Docs, Field, Presence};

    fn field(name: &str, ty: TypeRef, sensitive: Option<Redaction>) -> Field {
        Field {
            name: name.to_string(),
            setter: name.to_string(),
            clearer: None,
            wire_name: name.to_string(),
            ty,
            presence: Presence::Optional,
            boxed: false,
            docs: Docs::default(),
            read_only: false,
            write_only: false,
            constant: None,
            converts: false,
            sensitive,
        }
    }

    /// The impls for types with names and fields from short to too long for every limit: each
    /// one the writer is sure of must be exactly what rustfmt makes of it.
    #[test]
    fn the_redacting_impls_the_writer_is_sure_of_are_what_rustfmt_writes() {
        let mut w = Writer::with_capacity(1 << 20);
        let holders: BTreeSet<String> = ["Inner".to_string()].into();
        let string_ty = TypeRef::String;
        for n in 1..=80 {
            let x = "n".repeat(n);
            let shapes = [
                vec![field(&x, string_ty.clone(), Some(Redaction::Full))],
                vec![
                    field("a", string_ty.clone(), None),
                    field(&x, string_ty.clone(), Some(Redaction::Last4)),
                ],
                vec![field(
                    &x,
                    TypeRef::Named("Inner".into()),
                    Some(Redaction::Full),
                )],
                vec![
                    field(
                        &x,
                        TypeRef::List(Box::new(TypeRef::Named("Inner".into()))),
                        None,
                    ),
                    field("pin", string_ty.clone(), Some(Redaction::Full)),
                ],
            ];
            for fields in shapes {
                let s = Struct {
                    fields,
                    additional: (n % 3 == 0).then(|| TypeRef::Named("Inner".into())),
                    wraps: Vec::new(),
                };
                struct_debug(&mut w, &format!("T{x}"), &s);
                w.end_item();
                struct_debug(&mut w, "T", &s);
                w.end_item();
                struct_values(&mut w, "T", &s, &holders);
                w.end_item();
            }
        }
        let text = w.finish();
        let sure: String = text.items().filter(|i| i.sure).map(|i| i.text).collect();
        let unsure = text.items().filter(|i| !i.sure).count();
        assert!(sure.len() > text.text.len() / 2, "most impls are sure");
        assert!(unsure > 10, "both sides of the limits are probed");
        super::super::text::tests::assert_rustfmt_keeps(&sure);
    }
}
