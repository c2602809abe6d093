//! Struct models written as text ([`super::text`]): the struct with its serde attributes and,
//! for types sent in requests, `new(required…)` and a setter per optional field.

use std::collections::BTreeSet;

use super::docs::{lines, parts};
use super::redact;
use super::text::{string, Text, Writer};
use super::types::{type_text, ModelPath, Traffic};
use crate::ir::{Docs, Field, Presence, Struct, TypeDef, TypeRef};

/// The file of a struct type. `holders` are the types holding sensitive values: a struct with
/// sensitive fields prints them redacted, and a sent one yields their values to the request.
pub fn render(def: &TypeDef, s: &Struct, traffic: Traffic, holders: &BTreeSet<String>) -> Text {
    let mut w = Writer::with_capacity(512 + 320 * s.fields.len());
    let fallback = format!("The `{}` schema.", def.name);
    w.docs(0, &parts(&lines(&def.docs, &fallback)));
    definition(&mut w, &def.name, s, traffic);
    w.end_item();
    if redact::struct_needs_debug(s) {
        redact::struct_debug(&mut w, &def.name, s);
        w.end_item();
    }
    if traffic.sent && holders.contains(&def.name) {
        redact::struct_values(&mut w, &def.name, s, holders);
        w.end_item();
    }
    if traffic.sent {
        constructor(&mut w, &def.name, s);
        w.end_item();
    }
    w.finish()
}

/// How a field is held: `T`, `Option<T>`, or (optional and nullable, in request types, where
/// "leave unchanged" and "clear" differ) the three-state `Nullable<T>`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Holder {
    Plain,
    Option,
    Nullable,
}

fn holder(field: &Field, three_state: bool) -> Holder {
    match field.presence {
        Presence::Required => Holder::Plain,
        Presence::OptionalNullable
            if three_state && binary_with(&field.ty, Holder::Option).is_none() =>
        {
            Holder::Nullable
        }
        _ => Holder::Option,
    }
}

fn decimal_with(ty: &TypeRef, holder: Holder) -> Option<String> {
    let TypeRef::Decimal { as_string } = ty else {
        return None;
    };
    let form = if *as_string { "string" } else { "number" };
    Some(match holder {
        Holder::Plain => format!("paygen_runtime::decimal::{form}"),
        Holder::Option => format!("paygen_runtime::decimal::option_{form}"),
        Holder::Nullable => format!("paygen_runtime::nullable::decimal_{form}"),
    })
}

/// `format: binary` properties (file parts) have no serde impls of their own.
fn binary_with(ty: &TypeRef, holder: Holder) -> Option<String> {
    let list = match ty {
        TypeRef::Bytes => false,
        TypeRef::List(inner) if **inner == TypeRef::Bytes => true,
        _ => return None,
    };
    let optional = holder != Holder::Plain;
    Some(format!(
        "paygen_runtime::multipart::binary::{}{}bytes",
        if optional { "option_" } else { "" },
        if list { "list_" } else { "" }
    ))
}

fn field_doc_lines(field: &Field) -> Vec<String> {
    let mut docs = field.docs.clone();
    if docs.summary.is_none() && docs.description.is_none() {
        docs = Docs {
            summary: Some(format!("The `{}` field.", field.wire_name)),
            ..docs
        };
    }
    for (applies, note) in [
        (field.read_only, "Set by the server; ignored in requests."),
        (field.write_only, "Sent by the client; never returned."),
    ] {
        if applies {
            let before = docs.description.unwrap_or_default();
            docs.description = Some(format!("{before} {note}").trim().to_string());
        }
    }
    lines(&docs, "")
}

fn definition(w: &mut Writer, name: &str, s: &Struct, traffic: Traffic) {
    // Absent, null and a value are told apart in what is sent.
    let three_state = traffic.sent;
    let all_optional = s.fields.iter().all(|f| f.presence != Presence::Required);
    // Sensitive fields are printed redacted by a hand-written `Debug`.
    let mut derives = vec!["Clone"];
    if !redact::struct_needs_debug(s) {
        derives.push("Debug");
    }
    if all_optional {
        derives.push("Default");
    }
    derives.push("PartialEq");
    traffic.write_derives(w, &derives);
    if s.fields.is_empty() && s.additional.is_none() {
        w.line(0, &format!("pub struct {name} {{}}"));
        return;
    }
    w.line(0, &format!("pub struct {name} {{"));
    for field in &s.fields {
        let mut docs = parts(&field_doc_lines(field));
        let holder = holder(field, three_state);
        let mut serde = Vec::new();
        let rename;
        if field.name != field.wire_name {
            rename = format!("rename = {}", string(&field.wire_name));
            serde.push(rename.as_str());
        }
        match holder {
            Holder::Plain => {}
            Holder::Option => {
                serde.extend(["default", "skip_serializing_if = \"Option::is_none\""])
            }
            Holder::Nullable => {
                serde.extend([
                    "default",
                    "skip_serializing_if = \"paygen_runtime::Nullable::is_absent\"",
                ]);
                docs.push(String::new());
                docs.push(" Absent, `null` and a value mean different things here.".into());
            }
        }
        let with = decimal_with(&field.ty, holder)
            .or_else(|| binary_with(&field.ty, holder))
            .map(|path| format!("with = {}", string(&path)));
        serde.extend(with.as_deref());
        w.docs(4, &docs);
        if !serde.is_empty() {
            w.attribute(4, "serde", &serde);
        }
        let mut ty = type_text(&field.ty, ModelPath::Sibling);
        if field.boxed {
            ty = format!("Box<{ty}>");
        }
        let ty = match holder {
            Holder::Plain => ty,
            Holder::Option => format!("Option<{ty}>"),
            Holder::Nullable => format!("paygen_runtime::Nullable<{ty}>"),
        };
        w.line(4, &format!("pub {}: {ty},", field.name));
    }
    if let Some(value) = &s.additional {
        w.line(4, "/// Properties not named in the schema, kept as sent.");
        w.line(4, "#[serde(flatten)]");
        let value = type_text(value, ModelPath::Sibling);
        w.line(
            4,
            &format!("pub additional_properties: std::collections::BTreeMap<String, {value}>,"),
        );
    }
    w.line(0, "}");
}

/// The parameter type for a field in a constructor or setter: strings take `impl Into<String>`.
fn argument_type(f: &Field) -> String {
    match &f.ty {
        TypeRef::String => "impl Into<String>".into(),
        other => type_text(other, ModelPath::Sibling),
    }
}

/// `new(required…)` and `with_<field>(value)` for optional fields.
fn constructor(w: &mut Writer, name: &str, s: &Struct) {
    w.line(0, &format!("impl {name} {{"));
    w.line(
        4,
        "/// Creates the value from its required fields; optional fields start empty.",
    );
    let params: Vec<String> = s
        .fields
        .iter()
        .filter(|f| f.presence == Presence::Required)
        .map(|f| format!("{}: {}", f.name, argument_type(f)))
        .collect();
    w.signature(4, "pub fn new", &params, " -> Self");
    let mut inits: Vec<String> = s
        .fields
        .iter()
        .map(|f| {
            let n = &f.name;
            if holder(f, true) == Holder::Nullable {
                format!("{n}: paygen_runtime::Nullable::Absent")
            } else if f.presence != Presence::Required {
                format!("{n}: None")
            } else if f.boxed {
                format!("{n}: Box::new({n}.into())")
            } else if f.ty == TypeRef::String {
                format!("{n}: {n}.into()")
            } else {
                n.clone()
            }
        })
        .collect();
    if s.additional.is_some() {
        inits.push("additional_properties: Default::default()".into());
    }
    w.struct_literal(8, "Self", &inits, "");
    w.line(4, "}");
    for f in s.fields.iter().filter(|f| f.presence != Presence::Required) {
        let n = &f.name;
        let short = n.trim_end_matches('_');
        w.docs(4, &[format!(" Sets `{}`.", f.wire_name)]);
        let params = [
            "mut self".to_string(),
            format!("value: {}", argument_type(f)),
        ];
        w.signature(4, &format!("pub fn with_{short}"), &params, " -> Self");
        let value = if f.boxed {
            "Box::new(value.into())"
        } else if f.ty == TypeRef::String {
            "value.into()"
        } else {
            "value"
        };
        let nullable = holder(f, true) == Holder::Nullable;
        let wrap = if nullable {
            "paygen_runtime::Nullable::Value"
        } else {
            "Some"
        };
        w.call(8, &format!("self.{n} = {wrap}"), &[value], ";");
        w.line(8, "self");
        w.line(4, "}");
        if nullable {
            w.docs(4, &[format!(" Sends `{}` as `null`.", f.wire_name)]);
            w.signature(
                4,
                &format!("pub fn clear_{short}"),
                &["mut self".into()],
                " -> Self",
            );
            w.line(8, &format!("self.{n} = paygen_runtime::Nullable::Null;"));
            w.line(8, "self");
            w.line(4, "}");
        }
    }
    w.line(0, "}");
}
