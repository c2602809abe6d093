//! Struct models written as text ([`super::text`]): the struct with its serde attributes and,
//! for types sent in requests, `new(required…)` and a setter per optional field.

use std::collections::BTreeSet;

use super::docs::{about_def, about_type, labelled, lines, parts};
use super::redact;
use super::text::{string, Text, Writer};
use super::types::{type_text, ModelPath, Traffic};
use crate::ir::{Constant, Docs, Field, Presence, Struct, TypeDef, TypeRef};

/// The file of a struct type. `holders` are the types holding sensitive values: a struct with
/// sensitive fields prints them redacted, and a sent one yields their values to the request.
pub fn render(def: &TypeDef, s: &Struct, traffic: Traffic, holders: &BTreeSet<String>) -> Text {
    let mut w = Writer::with_capacity(512 + 320 * s.fields.len());
    w.docs(0, &parts(&lines(&def.docs, &about_def(def))));
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
        let arguments = s.fields.iter().filter(|f| takes_argument(f)).count();
        let derives_default = s.fields.iter().all(|f| f.presence != Presence::Required);
        if arguments == 0 && !derives_default {
            default_from_new(&mut w, &def.name);
            w.end_item();
        }
        for (depth, inner) in s.wraps.iter().enumerate() {
            let through = depth.checked_sub(1).map(|i| s.wraps[i].as_str());
            from_inner(&mut w, &def.name, inner, through);
            w.end_item();
        }
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
        // Lowering gives exactly these fields a clearer (`Field::clearer`).
        Presence::OptionalNullable if three_state && field.clearer.is_some() => Holder::Nullable,
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
            summary: Some(about_type(&field.ty)),
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
        other if f.converts => format!("impl Into<{}>", type_text(other, ModelPath::Sibling)),
        other => type_text(other, ModelPath::Sibling),
    }
}

/// Whether `new` takes the field: it is required and not a constant the constructor sets.
fn takes_argument(f: &Field) -> bool {
    f.presence == Presence::Required && f.constant.is_none()
}

/// `impl Default` for a struct whose required fields are all constants (clippy asks for it
/// beside an argument-less `new`).
fn default_from_new(w: &mut Writer, name: &str) {
    w.line(0, &format!("impl Default for {name} {{"));
    w.line(4, "fn default() -> Self {");
    w.line(8, "Self::new()");
    w.line(4, "}");
    w.line(0, "}");
}

/// `impl From<inner> for name`: a wrapper is built from what it wraps, or `through` the type it
/// wraps directly, by that type's own `From`.
fn from_inner(w: &mut Writer, name: &str, inner: &str, through: Option<&str>) {
    let doc = match through {
        Some(via) => format!("/// Wraps a `{inner}` in a `{via}` first."),
        None => format!("/// Wraps a `{inner}`, the one value `new` takes."),
    };
    w.line(0, &doc);
    w.line(0, &format!("impl From<super::{inner}> for {name} {{"));
    w.signature(
        4,
        "fn from",
        &[format!("value: super::{inner}")],
        " -> Self",
    );
    // `new` takes `impl Into<..>` of the type it wraps directly, which converts from the rest.
    w.line(8, "Self::new(value)");
    w.line(4, "}");
    w.line(0, "}");
}

/// `new(required…)` and, for each optional field, a setter named like it (`field(value)`).
fn constructor(w: &mut Writer, name: &str, s: &Struct) {
    w.line(0, &format!("impl {name} {{"));
    let constants: Vec<String> = s
        .fields
        .iter()
        .filter(|f| f.constant.is_some())
        .map(|f| format!("`{}`", f.wire_name))
        .collect();
    w.line(
        4,
        "/// Creates the value from its required fields; optional fields start empty.",
    );
    if let Some((last, rest)) = constants.split_last() {
        let (list, whose) = if rest.is_empty() {
            (last.clone(), "its")
        } else {
            (format!("{} and {last}", rest.join(", ")), "each one's")
        };
        w.line(4, "///");
        w.line(
            4,
            &format!("/// Sets {list} to the one value {whose} schema allows."),
        );
    }
    let params: Vec<String> = s
        .fields
        .iter()
        .filter(|f| takes_argument(f))
        .map(|f| format!("{}: {}", f.name, argument_type(f)))
        .collect();
    w.signature(4, "pub fn new", &params, " -> Self");
    let mut inits: Vec<String> = s
        .fields
        .iter()
        .map(|f| {
            let n = &f.name;
            if let Some(Constant::Text(value)) = &f.constant {
                format!("{n}: {}.to_owned()", string(value))
            } else if let Some(Constant::Variant(variant)) = &f.constant {
                let ty = type_text(&f.ty, ModelPath::Sibling);
                format!("{n}: {ty}::{variant}")
            } else if holder(f, true) == Holder::Nullable {
                format!("{n}: paygen_runtime::Nullable::Absent")
            } else if f.presence != Presence::Required {
                format!("{n}: None")
            } else if f.boxed {
                format!("{n}: Box::new({n}.into())")
            } else if f.ty == TypeRef::String || f.converts {
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
        // What the value is and where it goes, not only that it is set.
        let label = format!("Property `{}`", f.wire_name);
        w.docs(4, &parts(&labelled(&label, &field_doc_lines(f))));
        let params = [
            "mut self".to_string(),
            format!("value: {}", argument_type(f)),
        ];
        w.signature(4, &format!("pub fn {}", f.setter), &params, " -> Self");
        let value = if f.boxed {
            "Box::new(value.into())"
        } else if f.ty == TypeRef::String || f.converts {
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
        if let Some(clearer) = f.clearer.as_ref().filter(|_| nullable) {
            w.docs(4, &[format!(" Sends `{}` as `null`.", f.wire_name)]);
            w.signature(
                4,
                &format!("pub fn {clearer}"),
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
