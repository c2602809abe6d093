//! Named types → `src/models/<name>.rs`.

use super::docs::{lines, parts};
use super::text::{string, Text, Writer};
use crate::ir::{TagField, TypeDef, TypeKind, TypeRef, Union};

/// Where generated code finds the model types.
#[derive(Clone, Copy)]
pub enum ModelPath {
    /// Inside `models`: siblings are `super::Name`.
    Sibling,
    /// Anywhere else: `crate::models::Name`.
    Crate,
}

pub use crate::ir::Traffic;

/// How a [`Traffic`] is printed: the derives and `cfg` gates of serde's traits.
impl Traffic {
    /// `#[derive(..)]` of `traits` and serde's derives, then a `cfg_attr` line per gated one.
    pub fn write_derives(self, w: &mut super::text::Writer, traits: &[&str]) {
        let (always, gated) = self.serde_derives();
        let mut derives = traits.to_vec();
        derives.extend(always);
        w.attribute(0, "derive", &derives);
        for (feature, path) in gated {
            let feature = format!("feature = {}", super::text::string(feature));
            let derive = format!("derive({path})");
            w.attribute(0, "cfg_attr", &[&feature, &derive]);
        }
    }

    /// serde's derives: those always on, and those behind a crate feature (feature, derive).
    pub fn serde_derives(self) -> (Vec<&'static str>, Vec<(&'static str, &'static str)>) {
        let mut always = Vec::new();
        let mut gated = Vec::new();
        for (on, feature, path) in [
            (self.serialize, "serialize", "serde::Serialize"),
            (self.deserialize, "deserialize", "serde::Deserialize"),
        ] {
            if on {
                always.push(path);
            } else {
                gated.push((feature, path));
            }
        }
        (always, gated)
    }

    /// `#[cfg(..)]` for a hand-written `Serialize` impl, when it is behind the feature.
    fn write_serialize_gate(self, w: &mut Writer) {
        if !self.serialize {
            w.line(0, "#[cfg(feature = \"serialize\")]");
        }
    }

    /// `#[cfg(..)]` for a hand-written `Deserialize` impl, when it is behind the feature.
    fn write_deserialize_gate(self, w: &mut Writer) {
        if !self.deserialize {
            w.line(0, "#[cfg(feature = \"deserialize\")]");
        }
    }
}

/// A type expression as Rust source, the way rustfmt writes it.
pub fn type_text(ty: &TypeRef, path: ModelPath) -> String {
    match ty {
        TypeRef::String => "String".into(),
        TypeRef::Bool => "bool".into(),
        TypeRef::I32 => "i32".into(),
        TypeRef::I64 => "i64".into(),
        TypeRef::F64 => "f64".into(),
        TypeRef::Decimal { .. } => "paygen_runtime::Decimal".into(),
        TypeRef::Uuid => "paygen_runtime::Uuid".into(),
        TypeRef::DateTime => "paygen_runtime::DateTime".into(),
        TypeRef::Date => "paygen_runtime::Date".into(),
        TypeRef::Bytes => "paygen_runtime::Bytes".into(),
        TypeRef::Json => "serde_json::Value".into(),
        TypeRef::Unit => "()".into(),
        TypeRef::Named(name) => match path {
            ModelPath::Sibling => format!("super::{name}"),
            ModelPath::Crate => format!("crate::models::{name}"),
        },
        TypeRef::List(inner) => format!("Vec<{}>", type_text(inner, path)),
        TypeRef::Map(inner) => format!(
            "std::collections::BTreeMap<String, {}>",
            type_text(inner, path)
        ),
    }
}

/// The file for one type. Types sent in requests also get a constructor and setters; enums
/// and structs are written in rustfmt's layout ([`super::enums`], [`super::structs`]), unions
/// for rustfmt to lay out.
pub fn render_type(
    def: &TypeDef,
    traffic: Traffic,
    holders: &std::collections::BTreeSet<String>,
) -> Text {
    let u = match &def.kind {
        TypeKind::Enum(e) => return super::enums::render(def, e, traffic),
        TypeKind::Struct(s) => return super::structs::render(def, s, traffic, holders),
        TypeKind::Union(u) => u,
    };
    let mut w = Writer::for_rustfmt(2048);
    w.docs(0, &parts(&lines(&def.docs, &super::docs::about_def(def))));
    if u.tagged {
        write_tagged_union(&mut w, &def.name, u, traffic);
    } else {
        write_union(&mut w, &def.name, u, traffic);
    }
    if super::redact::union_needs_debug(u) {
        super::redact::write_union_debug(&mut w, &def.name, u, u.tagged);
    }
    if traffic.sent && holders.contains(&def.name) {
        super::redact::write_union_values(&mut w, &def.name, u, holders, u.tagged);
    }
    w.finish()
}

/// A variant's type, boxed where the lowering broke a cycle.
fn variant_type(v: &crate::ir::UnionVariant) -> String {
    let ty = type_text(&v.ty, ModelPath::Sibling);
    if v.boxed {
        format!("Box<{ty}>")
    } else {
        ty
    }
}

/// The derives of a union: `Debug` unless it is written by hand (a sensitive variant).
fn union_traits(u: &Union) -> &'static [&'static str] {
    if super::redact::union_needs_debug(u) {
        &["Clone", "PartialEq"]
    } else {
        &["Clone", "Debug", "PartialEq"]
    }
}

/// An untagged union: serde tries the variants in order.
fn write_union(w: &mut Writer, name: &str, u: &Union, traffic: Traffic) {
    if let Some(d) = &u.discriminator {
        w.docs(
            0,
            &[
                String::new(),
                format!(
                    " Variants are told apart by their shape; the `{d}` property names the variant."
                ),
            ],
        );
    }
    traffic.write_derives(w, union_traits(u));
    w.line(0, "#[serde(untagged)]");
    w.line(0, &format!("pub enum {name} {{"));
    for v in &u.variants {
        let doc = match &v.ty {
            TypeRef::Named(n) => format!(" A [`{n}`](super::{n})."),
            TypeRef::Json => " Any other JSON value.".to_string(),
            other => format!(" {}", super::docs::about_type(other)),
        };
        w.docs(4, &[doc]);
        w.line(4, &format!("{}({}),", v.name, variant_type(v)));
    }
    w.line(0, "}");
    w.end_item();
    if traffic.param_value {
        w.line(0, &format!("impl paygen_runtime::ParamValue for {name} {{"));
        w.line(4, "fn to_param(&self) -> String {");
        w.line(8, "match self {");
        for v in &u.variants {
            w.line(
                12,
                &format!(
                    "Self::{}(value) => paygen_runtime::ParamValue::to_param(value),",
                    v.name
                ),
            );
        }
        w.line(8, "}");
        w.line(4, "}");
        w.line(0, "}");
        w.end_item();
    }
}

/// A union told apart by its discriminator property. The variant structs keep the property, so
/// decoding reads the object once and decodes the chosen variant from the same text; a tag this
/// client does not know lands in `Unknown` with the object as sent.
fn write_tagged_union(w: &mut Writer, name: &str, u: &Union, traffic: Traffic) {
    let property = u.discriminator.as_deref().unwrap_or_default();
    let quoted_property = string(property);
    w.attribute(0, "derive", union_traits(u));
    w.line(0, "#[non_exhaustive]");
    w.line(0, &format!("pub enum {name} {{"));
    for v in &u.variants {
        let type_name = match &v.ty {
            TypeRef::Named(n) => n.clone(),
            _ => v.name.clone(),
        };
        let tag_list = v
            .tags
            .iter()
            .map(|t| format!("`{t}`"))
            .collect::<Vec<_>>()
            .join(", ");
        w.docs(
            4,
            &[format!(
                " A [`{type_name}`](super::{type_name}): `{property}` is {tag_list}."
            )],
        );
        w.line(4, &format!("{}({}),", v.name, variant_type(v)));
    }
    w.docs(
        4,
        &[format!(
            " A `{property}` this version of the client does not know; the object as sent."
        )],
    );
    w.line(4, "Unknown(serde_json::Value),");
    w.line(0, "}");
    w.end_item();

    traffic.write_serialize_gate(w);
    w.line(0, &format!("impl serde::Serialize for {name} {{"));
    w.line(
        4,
        "fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {",
    );
    // Written next to the fields where the variant's struct does not have the tag (a struct
    // that also wrote it would repeat the key).
    if u.variants.iter().any(|v| v.tag_field == TagField::Absent) {
        w.line(8, "#[derive(serde::Serialize)]");
        w.line(8, "struct Tagged<'a, T> {");
        w.line(12, &format!("#[serde(rename = {quoted_property})]"));
        w.line(12, "tag: &'static str,");
        w.line(12, "#[serde(flatten)]");
        w.line(12, "value: &'a T,");
        w.line(8, "}");
    }
    w.line(8, "match self {");
    for v in &u.variants {
        let first = string(v.tags.first().map(String::as_str).unwrap_or_default());
        let variant = &v.name;
        w.line(
            12,
            &match v.tag_field {
                TagField::Required => format!(
                    "Self::{variant}(value) => serde::Serialize::serialize(value, serializer),"
                ),
                TagField::Absent => format!(
                    "Self::{variant}(value) => serde::Serialize::serialize(&Tagged {{ tag: {first}, value }}, serializer),"
                ),
                TagField::Optional => format!(
                    "Self::{variant}(value) => paygen_runtime::tagged::serialize_with_tag(value, {quoted_property}, {first}, serializer),"
                ),
            },
        );
    }
    w.line(
        12,
        "Self::Unknown(value) => serde::Serialize::serialize(value, serializer),",
    );
    w.line(8, "}");
    w.line(4, "}");
    w.line(0, "}");
    w.end_item();

    traffic.write_deserialize_gate(w);
    w.line(
        0,
        &format!("impl<'de> serde::Deserialize<'de> for {name} {{"),
    );
    w.line(
        4,
        "fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {",
    );
    w.line(
        8,
        &format!(
            "let object = paygen_runtime::tagged::TaggedObject::read(deserializer, {quoted_property})?;"
        ),
    );
    w.line(8, "match object.tag.as_deref() {");
    for v in &u.variants {
        let tags: Vec<String> = v.tags.iter().map(|t| string(t)).collect();
        let build = if v.boxed {
            format!("|value| Self::{}(Box::new(value))", v.name)
        } else {
            format!("Self::{}", v.name)
        };
        w.line(
            12,
            &format!(
                "Some({}) => object.decode().map({build}),",
                tags.join(" | ")
            ),
        );
    }
    w.line(12, "_ => object.into_value().map(Self::Unknown),");
    w.line(8, "}");
    w.line(4, "}");
    w.line(0, "}");
    w.end_item();
}
