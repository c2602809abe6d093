//! Named types → `src/models/<name>.rs`.

use proc_macro2::{Ident, Span, TokenStream};
use quote::{format_ident, quote};

use super::docs::doc_attrs;
use crate::ir::{Docs, Enum, Field, Presence, Struct, TypeDef, TypeKind, TypeRef, Union};

/// An identifier from a name the lowering already made valid.
pub fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// Where generated code finds the model types.
#[derive(Clone, Copy)]
pub enum ModelPath {
    /// Inside `models`: siblings are `super::Name`.
    Sibling,
    /// Anywhere else: `crate::models::Name`.
    Crate,
}

/// Tokens for a type expression.
pub fn type_tokens(ty: &TypeRef, path: ModelPath) -> TokenStream {
    match ty {
        TypeRef::String => quote!(String),
        TypeRef::Bool => quote!(bool),
        TypeRef::I32 => quote!(i32),
        TypeRef::I64 => quote!(i64),
        TypeRef::F64 => quote!(f64),
        TypeRef::Decimal { .. } => quote!(paygen_runtime::Decimal),
        TypeRef::Uuid => quote!(paygen_runtime::Uuid),
        TypeRef::DateTime => quote!(paygen_runtime::DateTime),
        TypeRef::Date => quote!(paygen_runtime::Date),
        TypeRef::Bytes => quote!(paygen_runtime::Bytes),
        TypeRef::Json => quote!(serde_json::Value),
        TypeRef::Unit => quote!(()),
        TypeRef::Named(name) => {
            let name = ident(name);
            match path {
                ModelPath::Sibling => quote!(super::#name),
                ModelPath::Crate => quote!(crate::models::#name),
            }
        }
        TypeRef::List(inner) => {
            let inner = type_tokens(inner, path);
            quote!(Vec<#inner>)
        }
        TypeRef::Map(inner) => {
            let inner = type_tokens(inner, path);
            quote!(std::collections::BTreeMap<String, #inner>)
        }
    }
}

/// The file for one type. Types sent in requests also get a constructor and setters.
pub fn render_type(def: &TypeDef, in_requests: bool) -> TokenStream {
    let fallback = format!("The `{}` schema.", def.name);
    let docs = doc_attrs(&def.docs, &fallback);
    let name = ident(&def.name);
    let body = match &def.kind {
        TypeKind::Struct(s) if in_requests => {
            let definition = render_struct(&name, s);
            let constructor = render_constructor(&name, s);
            quote!(#definition #constructor)
        }
        TypeKind::Struct(s) => render_struct(&name, s),
        TypeKind::Enum(e) => render_enum(&name, e),
        TypeKind::Union(u) => render_union(&name, u),
        TypeKind::Alias(ty) => {
            let ty = type_tokens(ty, ModelPath::Sibling);
            quote!(pub type #name = #ty;)
        }
    };
    quote! {
        #docs
        #body
    }
}

fn field_docs(field: &Field) -> TokenStream {
    let mut docs = field.docs.clone();
    if docs.summary.is_none() && docs.description.is_none() {
        docs = Docs { summary: Some(format!("The `{}` field.", field.wire_name)), ..docs };
    }
    if field.read_only {
        docs.description = Some(format!("{} Set by the server; ignored in requests.", docs.description.unwrap_or_default()).trim().to_string());
    }
    doc_attrs(&docs, "")
}

fn decimal_with(ty: &TypeRef, optional: bool) -> Option<String> {
    let TypeRef::Decimal { as_string } = ty else { return None };
    let form = if *as_string { "string" } else { "number" };
    Some(if optional { format!("paygen_runtime::decimal::option_{form}") } else { format!("paygen_runtime::decimal::{form}") })
}

fn render_struct(name: &Ident, s: &Struct) -> TokenStream {
    let all_optional = s.fields.iter().all(|f| f.presence != Presence::Required);
    let fields = s.fields.iter().map(|field| {
        let docs = field_docs(field);
        let field_name = ident(&field.name);
        let mut ty = type_tokens(&field.ty, ModelPath::Sibling);
        if field.boxed {
            ty = quote!(Box<#ty>);
        }
        let mut serde_args: Vec<TokenStream> = Vec::new();
        if field.name != field.wire_name {
            let wire = &field.wire_name;
            serde_args.push(quote!(rename = #wire));
        }
        let optional = field.presence != Presence::Required;
        if optional {
            serde_args.push(quote!(default, skip_serializing_if = "Option::is_none"));
        }
        if let Some(with) = decimal_with(&field.ty, optional) {
            serde_args.push(quote!(with = #with));
        }
        let serde_attr = if serde_args.is_empty() { quote!() } else { quote!(#[serde(#(#serde_args),*)]) };
        let ty = if optional { quote!(Option<#ty>) } else { ty };
        quote! {
            #docs
            #serde_attr
            pub #field_name: #ty,
        }
    });
    let additional = s.additional.as_ref().map(|value| {
        let value = type_tokens(value, ModelPath::Sibling);
        quote! {
            /// Properties not named in the schema, kept as sent.
            #[serde(flatten)]
            pub additional_properties: std::collections::BTreeMap<String, #value>,
        }
    });
    let default = if all_optional { quote!(Default,) } else { quote!() };
    quote! {
        #[derive(Clone, Debug, #default PartialEq, serde::Serialize, serde::Deserialize)]
        pub struct #name {
            #(#fields)*
            #additional
        }
    }
}

/// `new(required…)` and `with_<field>(value)` for optional fields.
fn render_constructor(name: &Ident, s: &Struct) -> TokenStream {
    let required: Vec<&Field> = s.fields.iter().filter(|f| f.presence == Presence::Required).collect();
    let args = required.iter().map(|f| {
        let n = ident(&f.name);
        let ty = argument_type(f);
        quote!(#n: #ty)
    });
    let inits = s.fields.iter().map(|f| {
        let n = ident(&f.name);
        if f.presence != Presence::Required {
            quote!(#n: None)
        } else if f.boxed {
            quote!(#n: Box::new(#n.into()))
        } else if f.ty == TypeRef::String {
            quote!(#n: #n.into())
        } else {
            quote!(#n)
        }
    });
    let additional = s.additional.as_ref().map(|_| quote!(additional_properties: Default::default(),));
    let setters = s.fields.iter().filter(|f| f.presence != Presence::Required).map(|f| {
        let n = ident(&f.name);
        let setter = format_ident!("with_{}", f.name.trim_end_matches('_'));
        let ty = argument_type(f);
        let value = if f.boxed {
            quote!(Box::new(value.into()))
        } else if f.ty == TypeRef::String {
            quote!(value.into())
        } else {
            quote!(value)
        };
        let doc = format!(" Sets `{}`.", f.wire_name);
        quote! {
            #[doc = #doc]
            pub fn #setter(mut self, value: #ty) -> Self {
                self.#n = Some(#value);
                self
            }
        }
    });
    quote! {
        impl #name {
            /// Creates the value from its required fields; optional fields start empty.
            pub fn new(#(#args),*) -> Self {
                Self {
                    #(#inits,)*
                    #additional
                }
            }
            #(#setters)*
        }
    }
}

/// The parameter type for a field in a constructor or setter: strings take `impl Into<String>`.
fn argument_type(f: &Field) -> TokenStream {
    match &f.ty {
        TypeRef::String => quote!(impl Into<String>),
        other => type_tokens(other, ModelPath::Sibling),
    }
}

fn render_enum(name: &Ident, e: &Enum) -> TokenStream {
    let variants: Vec<Ident> = e.variants.iter().map(|v| ident(&v.name)).collect();
    let variant_docs: Vec<String> = e.variants.iter().map(|v| format!(" `{}`", v.value)).collect();
    if e.integer {
        let values: Vec<proc_macro2::Literal> =
            e.variants.iter().map(|v| proc_macro2::Literal::i64_unsuffixed(v.value.parse().unwrap_or_default())).collect();
        quote! {
            #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
            #[serde(from = "i64", into = "i64")]
            #[non_exhaustive]
            pub enum #name {
                #( #[doc = #variant_docs] #variants, )*
                /// A value this version of the client does not know; kept as sent.
                Unknown(i64),
            }

            impl #name {
                /// The value on the wire.
                pub fn value(self) -> i64 {
                    match self {
                        #( Self::#variants => #values, )*
                        Self::Unknown(value) => value,
                    }
                }
            }

            impl From<i64> for #name {
                fn from(value: i64) -> Self {
                    match value {
                        #( #values => Self::#variants, )*
                        other => Self::Unknown(other),
                    }
                }
            }

            impl From<#name> for i64 {
                fn from(value: #name) -> Self {
                    value.value()
                }
            }

            impl std::fmt::Display for #name {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    write!(f, "{}", self.value())
                }
            }

            impl paygen_runtime::ParamValue for #name {
                fn to_param(&self) -> String {
                    self.value().to_string()
                }
            }
        }
    } else {
        let values: Vec<&str> = e.variants.iter().map(|v| v.value.as_str()).collect();
        quote! {
            #[derive(Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
            #[serde(from = "String", into = "String")]
            #[non_exhaustive]
            pub enum #name {
                #( #[doc = #variant_docs] #variants, )*
                /// A value this version of the client does not know; kept as sent.
                Unknown(String),
            }

            impl #name {
                /// The value on the wire.
                pub fn as_str(&self) -> &str {
                    match self {
                        #( Self::#variants => #values, )*
                        Self::Unknown(value) => value,
                    }
                }
            }

            impl From<String> for #name {
                fn from(value: String) -> Self {
                    match value.as_str() {
                        #( #values => Self::#variants, )*
                        _ => Self::Unknown(value),
                    }
                }
            }

            impl From<#name> for String {
                fn from(value: #name) -> Self {
                    match value {
                        #name::Unknown(value) => value,
                        known => known.as_str().to_string(),
                    }
                }
            }

            impl std::fmt::Display for #name {
                fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                    f.write_str(self.as_str())
                }
            }

            impl paygen_runtime::ParamValue for #name {
                fn to_param(&self) -> String {
                    self.as_str().to_string()
                }
            }
        }
    }
}

fn render_union(name: &Ident, u: &Union) -> TokenStream {
    let variants = u.variants.iter().map(|v| {
        let variant = ident(&v.name);
        let mut ty = type_tokens(&v.ty, ModelPath::Sibling);
        if v.boxed {
            ty = quote!(Box<#ty>);
        }
        let doc = match &v.ty {
            TypeRef::Named(n) => format!(" A [`{n}`](super::{n})."),
            _ => " Any other JSON value.".to_string(),
        };
        quote! { #[doc = #doc] #variant(#ty), }
    });
    let note = u.discriminator.as_ref().map(|d| {
        let text = format!(" Variants are told apart by their shape; the `{d}` property names the variant.");
        quote!(#[doc = ""] #[doc = #text])
    });
    quote! {
        #note
        #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
        #[serde(untagged)]
        pub enum #name {
            #(#variants)*
        }
    }
}
