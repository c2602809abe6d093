//! Rendering: IR → file contents. Rust through `quote!` and prettyplease, the manifest and
//! README through askama templates.

mod callbacks;
mod client;
pub mod docs;
mod examples;
mod manifest;
mod ops;
mod types;

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Api, TypeRef};
use crate::lower::names::snake_name;
use types::{ident, type_tokens, ModelPath};

pub use manifest::RuntimeDependency;

/// Renders every file of the crate, keyed by path relative to the crate root.
pub fn render(api: &Api, runtime: &RuntimeDependency) -> Result<BTreeMap<String, String>, String> {
    let mut files = BTreeMap::new();
    files.insert(
        "Cargo.toml".to_string(),
        manifest::cargo_toml(api, runtime)?,
    );
    files.insert("README.md".to_string(), manifest::readme(api)?);
    files.insert(
        "src/lib.rs".to_string(),
        unparse(render_lib(api), "src/lib.rs")?,
    );
    files.insert(
        "src/client.rs".to_string(),
        unparse(client::render_client(api), "src/client.rs")?,
    );
    if let Some(tokens) = callbacks::render_callbacks(api) {
        files.insert(
            "src/callbacks.rs".to_string(),
            unparse(tokens, "src/callbacks.rs")?,
        );
    }

    let mut model_mods = Vec::new();
    let mut file_names = BTreeMap::new();
    let request_types = request_types(api);
    for def in &api.types {
        let module = unique_file_name(&snake_name(&def.name), &mut file_names);
        let path = format!("src/models/{module}.rs");
        files.insert(
            path.clone(),
            unparse(
                types::render_type(def, request_types.contains(&def.name)),
                &path,
            )?,
        );
        model_mods.push((module, def.name.clone()));
    }
    for op in &api.operations {
        if let crate::ir::SuccessShape::Enum { name } = &op.success {
            let module = unique_file_name(&snake_name(name), &mut file_names);
            let path = format!("src/models/{module}.rs");
            files.insert(
                path.clone(),
                unparse(render_response_enum(op, name), &path)?,
            );
            model_mods.push((module, name.clone()));
        }
    }
    model_mods.sort();
    files.insert(
        "src/models/mod.rs".to_string(),
        unparse(render_models_mod(&model_mods), "src/models/mod.rs")?,
    );

    let mut op_mods = Vec::new();
    for tag in &api.tags {
        let path = format!("src/operations/{}.rs", tag.module);
        files.insert(path.clone(), unparse(ops::render_tag(api, tag), &path)?);
        op_mods.push(tag);
    }
    let op_mods = op_mods.iter().map(|tag| {
        let module = ident(&tag.module);
        let doc = format!(" Operations tagged `{}`.", tag.name);
        quote!(#[doc = #doc] pub mod #module;)
    });
    files.insert(
        "src/operations/mod.rs".to_string(),
        unparse(quote!( #(#op_mods)* ), "src/operations/mod.rs")?,
    );
    Ok(files)
}

/// Names of the types that appear in request bodies or parameters, directly or nested.
fn request_types(api: &Api) -> std::collections::BTreeSet<String> {
    let by_name: BTreeMap<&str, &crate::ir::TypeDef> =
        api.types.iter().map(|t| (t.name.as_str(), t)).collect();
    let mut stack: Vec<&TypeRef> = Vec::new();
    for op in &api.operations {
        stack.extend(op.body.iter().map(|b| &b.ty));
        stack.extend(op.params.iter().map(|p| &p.ty));
    }
    let mut seen = std::collections::BTreeSet::new();
    while let Some(ty) = stack.pop() {
        match ty {
            TypeRef::Named(name) if seen.insert(name.clone()) => {
                match by_name.get(name.as_str()).map(|d| &d.kind) {
                    Some(crate::ir::TypeKind::Struct(s)) => {
                        stack.extend(s.fields.iter().map(|f| &f.ty));
                        stack.extend(s.additional.iter());
                    }
                    Some(crate::ir::TypeKind::Union(u)) => {
                        stack.extend(u.variants.iter().map(|v| &v.ty))
                    }
                    _ => {}
                }
            }
            TypeRef::List(inner) | TypeRef::Map(inner) => stack.push(inner),
            _ => {}
        }
    }
    seen
}

fn unique_file_name(base: &str, taken: &mut BTreeMap<String, ()>) -> String {
    let mut name = base.to_string();
    let mut n = 2;
    // `mod.rs` would clash with the module index.
    while name == "mod" || taken.contains_key(&name) {
        name = format!("{base}_{n}");
        n += 1;
    }
    taken.insert(name.clone(), ());
    name
}

/// Pretty-prints tokens; a parse failure is a generator bug, reported with the file.
fn unparse(tokens: TokenStream, path: &str) -> Result<String, String> {
    let file: syn::File = syn::parse2(tokens)
        .map_err(|err| format!("internal error: generated {path} does not parse: {err}"))?;
    Ok(prettyplease::unparse(&file))
}

fn render_models_mod(mods: &[(String, String)]) -> TokenStream {
    let decls = mods.iter().map(|(module, name)| {
        let module = ident(module);
        let name = ident(name);
        quote! {
            mod #module;
            pub use #module::#name;
        }
    });
    quote! { #(#decls)* }
}

fn render_response_enum(op: &crate::ir::Operation, name: &str) -> TokenStream {
    let name = ident(name);
    let doc = format!(
        " The successful outcomes of `{} {}`, one per documented status.",
        op.method, op.path
    );
    let variants = op.responses.iter().filter(|c| c.success).map(|case| {
        let variant = ident(&case.variant);
        let case_doc = format!(
            " Status `{}`.",
            match &case.status {
                crate::ir::StatusMatch::Code(c) => c.to_string(),
                crate::ir::StatusMatch::Range(c) => format!("{c}XX"),
                crate::ir::StatusMatch::Default => "default".into(),
            }
        );
        match &case.body {
            crate::ir::ResponseBody::Empty => quote!(#[doc = #case_doc] #variant,),
            crate::ir::ResponseBody::Json(t) => {
                let t = type_tokens(t, ModelPath::Sibling);
                quote!(#[doc = #case_doc] #variant(#t),)
            }
            crate::ir::ResponseBody::Text => quote!(#[doc = #case_doc] #variant(String),),
            crate::ir::ResponseBody::Binary => {
                quote!(#[doc = #case_doc] #variant(paygen_runtime::Bytes),)
            }
        }
    });
    quote! {
        #[doc = #doc]
        #[derive(Clone, Debug, PartialEq)]
        pub enum #name {
            #(#variants)*
        }
    }
}

fn render_lib(api: &Api) -> TokenStream {
    let callbacks_mod = (!api.callbacks.is_empty()).then(|| {
        quote! {
            /// Verifiers for the signed callbacks the API sends.
            pub mod callbacks;
        }
    });
    let error_body = type_tokens(&api.error_type, ModelPath::Crate);
    let error_doc = match &api.error_type {
        TypeRef::Named(n) => {
            format!(" The body of an error response: [`{n}`](crate::models::{n}).")
        }
        _ => " The body of an error response, as JSON: the spec documents no error schema."
            .to_string(),
    };
    quote! {
        #![doc = include_str!("../README.md")]
        #![deny(missing_docs)]
        #![allow(clippy::large_enum_variant, clippy::too_many_arguments, clippy::doc_lazy_continuation, clippy::doc_overindented_list_items)]

        #callbacks_mod
        /// The client, its builder and the environments.
        pub mod client;
        /// Request and response types.
        pub mod models;
        /// One module per tag, one builder per operation.
        pub mod operations;

        pub use client::{Client, ClientBuilder, Environment};
        pub use paygen_runtime::{Response, RetryPolicy, Secret};
        /// The runtime this crate is built on: `Uuid`, `Decimal`, auth providers, pagination.
        pub use paygen_runtime as runtime;

        #[doc = #error_doc]
        pub type ErrorBody = #error_body;

        /// Everything a call can fail with; API errors carry an [`ErrorBody`].
        pub type Error = paygen_runtime::Error<ErrorBody>;
    }
}
