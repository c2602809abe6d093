//! Named types → `src/models/<name>.rs`.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use super::docs::doc_attrs;
use super::Source;
use crate::ir::{TagField, TypeDef, TypeKind, TypeRef, Union};

/// An identifier from a name the lowering already made valid.
pub fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// Tokens of a `serde::Name` path.
fn path_tokens(path: &str) -> TokenStream {
    let segments = path.split("::").map(ident);
    quote!(#(#segments)::*)
}

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
    /// `#[derive(..)]` of `traits` and serde's derives, the gated ones in `cfg_attr`.
    fn derive(self, traits: TokenStream) -> TokenStream {
        let (always, gated) = self.serde_derives();
        let always = always.iter().map(|path| path_tokens(path));
        let gated = gated.iter().map(|(feature, path)| {
            let path = path_tokens(path);
            quote!(#[cfg_attr(feature = #feature, derive(#path))])
        });
        quote!(#[derive(#traits #(#always),*)] #(#gated)*)
    }

    /// The same as `Traffic::derive`, written as text: `#[derive(..)]` of `traits` and serde's
    /// derives, then a `cfg_attr` line per gated one.
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
    fn serialize_gate(self) -> Option<TokenStream> {
        (!self.serialize).then(|| quote!(#[cfg(feature = "serialize")]))
    }

    /// `#[cfg(..)]` for a hand-written `Deserialize` impl, when it is behind the feature.
    fn deserialize_gate(self) -> Option<TokenStream> {
        (!self.deserialize).then(|| quote!(#[cfg(feature = "deserialize")]))
    }
}

/// Tokens for a type expression: its text ([`type_text`]), lexed.
pub fn type_tokens(ty: &TypeRef, path: ModelPath) -> TokenStream {
    type_text(ty, path)
        .parse()
        .expect("type names from the lowering are identifiers")
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
/// are written as text ([`super::enums`]).
pub fn render_type(
    def: &TypeDef,
    traffic: Traffic,
    holders: &std::collections::BTreeSet<String>,
) -> Source {
    let docs = doc_attrs(&def.docs, &super::docs::about_def(def));
    let name = ident(&def.name);
    let body = match &def.kind {
        TypeKind::Enum(e) => return Source::Text(super::enums::render(def, e, traffic)),
        TypeKind::Struct(s) => {
            return Source::Text(super::structs::render(def, s, traffic, holders))
        }
        TypeKind::Union(u) => {
            let mut tokens = render_union(&name, u, traffic);
            if super::redact::union_needs_debug(u) {
                tokens.extend(super::redact::union_debug(&def.name, u, u.tagged));
            }
            if traffic.sent && holders.contains(&def.name) {
                tokens.extend(super::redact::union_values(&def.name, u, holders, u.tagged));
            }
            tokens
        }
    };
    Source::Tokens(quote! {
        #docs
        #body
    })
}

fn render_union(name: &Ident, u: &Union, traffic: Traffic) -> TokenStream {
    if u.tagged {
        return render_tagged_union(name, u, traffic);
    }
    let variants = u.variants.iter().map(|v| {
        let variant = ident(&v.name);
        let mut ty = type_tokens(&v.ty, ModelPath::Sibling);
        if v.boxed {
            ty = quote!(Box<#ty>);
        }
        let doc = match &v.ty {
            TypeRef::Named(n) => format!(" A [`{n}`](super::{n})."),
            TypeRef::Json => " Any other JSON value.".to_string(),
            other => format!(" {}", super::docs::about_type(other)),
        };
        quote! { #[doc = #doc] #variant(#ty), }
    });
    let note = u.discriminator.as_ref().map(|d| {
        let text = format!(
            " Variants are told apart by their shape; the `{d}` property names the variant."
        );
        quote!(#[doc = ""] #[doc = #text])
    });
    let derive = if super::redact::union_needs_debug(u) {
        traffic.derive(quote!(Clone, PartialEq,))
    } else {
        traffic.derive(quote!(Clone, Debug, PartialEq,))
    };
    let param_value = traffic.param_value.then(|| {
        let arms = u.variants.iter().map(|v| {
            let variant = ident(&v.name);
            quote!(Self::#variant(value) => paygen_runtime::ParamValue::to_param(value),)
        });
        quote! {
            impl paygen_runtime::ParamValue for #name {
                fn to_param(&self) -> String {
                    match self {
                        #(#arms)*
                    }
                }
            }
        }
    });
    quote! {
        #note
        #derive
        #[serde(untagged)]
        pub enum #name {
            #(#variants)*
        }
        #param_value
    }
}

/// A union told apart by its discriminator property. The variant structs keep the property, so
/// decoding reads the object once and decodes the chosen variant from the same text; a tag this
/// client does not know lands in `Unknown` with the object as sent.
fn render_tagged_union(name: &Ident, u: &Union, traffic: Traffic) -> TokenStream {
    let property = u.discriminator.as_deref().unwrap_or_default();
    let mut variants = Vec::new();
    let mut ser_arms = Vec::new();
    let mut de_arms = Vec::new();
    let mut needs_wrapper = false;
    for v in &u.variants {
        let variant = ident(&v.name);
        let mut ty = type_tokens(&v.ty, ModelPath::Sibling);
        if v.boxed {
            ty = quote!(Box<#ty>);
        }
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
        let doc = format!(" A [`{type_name}`](super::{type_name}): `{property}` is {tag_list}.");
        variants.push(quote! { #[doc = #doc] #variant(#ty), });
        let first = v.tags.first().map(String::as_str).unwrap_or_default();
        ser_arms.push(match v.tag_field {
            TagField::Required => {
                quote!(Self::#variant(value) => serde::Serialize::serialize(value, serializer),)
            }
            // Written next to the fields; a struct that also wrote it would repeat the key.
            TagField::Absent => {
                needs_wrapper = true;
                quote!(Self::#variant(value) => serde::Serialize::serialize(&Tagged { tag: #first, value }, serializer),)
            }
            TagField::Optional => quote!(
                Self::#variant(value) => paygen_runtime::tagged::serialize_with_tag(value, #property, #first, serializer),
            ),
        });
        let tags = &v.tags;
        let build = if v.boxed {
            quote!(|value| Self::#variant(Box::new(value)))
        } else {
            quote!(Self::#variant)
        };
        de_arms.push(quote!(Some(#(#tags)|*) => object.decode().map(#build),));
    }
    let wrapper = needs_wrapper.then(|| {
        quote! {
            #[derive(serde::Serialize)]
            struct Tagged<'a, T> {
                #[serde(rename = #property)]
                tag: &'static str,
                #[serde(flatten)]
                value: &'a T,
            }
        }
    });
    let unknown_doc =
        format!(" A `{property}` this version of the client does not know; the object as sent.");
    let serialize_gate = traffic.serialize_gate();
    let deserialize_gate = traffic.deserialize_gate();
    let derive = if super::redact::union_needs_debug(u) {
        quote!(#[derive(Clone, PartialEq)])
    } else {
        quote!(#[derive(Clone, Debug, PartialEq)])
    };
    quote! {
        #derive
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            #[doc = #unknown_doc]
            Unknown(serde_json::Value),
        }

        #serialize_gate
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                #wrapper
                match self {
                    #(#ser_arms)*
                    Self::Unknown(value) => serde::Serialize::serialize(value, serializer),
                }
            }
        }

        #deserialize_gate
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let object = paygen_runtime::tagged::TaggedObject::read(deserializer, #property)?;
                match object.tag.as_deref() {
                    #(#de_arms)*
                    _ => object.into_value().map(Self::Unknown),
                }
            }
        }
    }
}
