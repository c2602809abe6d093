//! Rendering: IR → file contents. Models and operations are written as text in rustfmt's
//! layout (`render/text.rs`); the other Rust files go through `quote!`, the layout printer and
//! prettyplease; the manifest and README through askama templates. Rust files rustfmt has
//! formatted before come from the format cache, looked up by the text of their tokens.

mod callbacks;
mod client;
pub mod docs;
mod enums;
mod examples;
mod manifest;
mod ops;
mod params;
mod structs;
mod text;
mod types;

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use crate::format::{Cache, Pending, Piece};
use crate::ir::{Api, TypeRef};
use crate::lower::names::snake_name;
use types::{ident, type_tokens, ModelPath};

pub use manifest::RuntimeDependency;

/// One Rust file to render: its path and what it is made from. Tokens are not `Send`, so a job
/// is built first and turned into text on whichever thread picks it up.
enum RustJob<'a> {
    Lib,
    Client,
    Callbacks,
    Type(&'a crate::ir::TypeDef, types::Traffic),
    ResponseEnum(&'a crate::ir::Operation, &'a str),
    ModelsMod(Vec<(String, String)>),
    Tag(&'a crate::ir::Tag),
    OperationsMod,
}

impl RustJob<'_> {
    fn source(&self, api: &Api) -> Source {
        let tokens = match self {
            RustJob::Lib => render_lib(api),
            RustJob::Client => client::render_client(api),
            RustJob::Callbacks => callbacks::render_callbacks(api).unwrap_or_default(),
            RustJob::Type(def, traffic) => return types::render_type(def, *traffic),
            RustJob::ResponseEnum(op, name) => render_response_enum(op, name),
            RustJob::ModelsMod(mods) => render_models_mod(mods),
            RustJob::Tag(tag) => return Source::Text(ops::render_tag(api, tag)),
            RustJob::OperationsMod => render_operations_mod(api),
        };
        Source::Tokens(tokens)
    }
}

/// What a file is rendered as: tokens, or text written directly in rustfmt's layout.
pub enum Source {
    Tokens(TokenStream),
    Text(text::Text),
}

/// A rendered crate.
#[derive(Clone, Debug, Default)]
pub struct Rendered {
    /// File contents keyed by path relative to the crate root.
    pub files: BTreeMap<String, String>,
    /// The Rust files rustfmt has not formatted yet (all of them without a cache).
    pub pending: Vec<Pending>,
}

/// Renders every file of the crate. With `formatted`, a Rust file whose tokens rustfmt has seen
/// before is taken from the cache as is, neither pretty-printed nor listed as pending. Without
/// `layout`, no item is printed by [`crate::layout`]: every file is left for rustfmt.
pub fn render(
    api: &Api,
    runtime: &RuntimeDependency,
    formatted: Option<&Cache>,
    layout: bool,
) -> Result<Rendered, String> {
    let mut rendered = Rendered::default();
    rendered.files.insert(
        "Cargo.toml".to_string(),
        manifest::cargo_toml(api, runtime)?,
    );
    rendered
        .files
        .insert("README.md".to_string(), manifest::readme(api)?);
    for (path, printed) in render_rust(api, rust_jobs(api), formatted, layout)? {
        match printed {
            Printed::Formatted(text) => {
                rendered.files.insert(path, text);
            }
            Printed::Pending {
                text,
                source,
                pieces,
            } => {
                rendered.files.insert(path.clone(), text);
                rendered.pending.push(Pending {
                    path,
                    source,
                    pieces,
                });
            }
        }
    }
    Ok(rendered)
}

/// A Rust file as text.
enum Printed {
    /// Already in rustfmt's layout: from the format cache or from [`crate::layout`].
    Formatted(String),
    /// For rustfmt: `text` is the whole file (prettyplease output, with the items the layout
    /// printer wrote when there are `pieces`); `source` is the tokens' text when a cache is in
    /// use.
    Pending {
        text: String,
        source: Option<String>,
        pieces: Vec<Piece>,
    },
}

/// Prints one file's tokens: from the cache when rustfmt has seen them before, else each item
/// in rustfmt's layout where [`crate::layout`] knows it, and the other items through
/// prettyplease for rustfmt to finish.
fn print(
    source: Source,
    path: &str,
    formatted: Option<&Cache>,
    layout: bool,
) -> Result<Printed, String> {
    let tokens = match source {
        // Text in rustfmt's layout needs neither the cache nor a parse.
        Source::Text(text) if layout => match print_text(text) {
            Ok(printed) => return Ok(Printed::Formatted(printed)),
            Err(text) => lex(&text.text, path)?,
        },
        Source::Text(text) => lex(&text.text, path)?,
        Source::Tokens(tokens) => tokens,
    };
    let source = formatted.map(|_| tokens.to_string());
    if let (Some(cache), Some(source)) = (formatted, &source) {
        if let Some(text) = cache.get(source) {
            return Ok(Printed::Formatted(text));
        }
    }
    let file: syn::File = syn::parse2(tokens)
        .map_err(|err| format!("internal error: generated {path} does not parse: {err}"))?;
    let printed = if layout {
        crate::layout::items(&file).unwrap_or_default()
    } else {
        Vec::new()
    };
    let laid_out = printed.iter().filter(|item| item.is_some()).count();
    if laid_out == 0 {
        return Ok(Printed::Pending {
            text: prettyplease::unparse(&file),
            source,
            pieces: Vec::new(),
        });
    }
    if laid_out == printed.len() {
        let text: String = printed.into_iter().flatten().collect();
        if let (Some(cache), Some(source)) = (formatted, &source) {
            cache.put(source, &text);
        }
        return Ok(Printed::Formatted(text));
    }
    // Runs of items the printer left out go to rustfmt together, between the printed ones.
    let mut pieces = Vec::new();
    let mut run = Vec::new();
    let flush = |run: &mut Vec<syn::Item>, pieces: &mut Vec<Piece>| {
        if !run.is_empty() {
            pieces.push(Piece::Format(prettyplease::unparse(&syn::File {
                shebang: None,
                attrs: Vec::new(),
                items: std::mem::take(run),
            })));
        }
    };
    for (item, text) in file.items.into_iter().zip(printed) {
        match text {
            Some(text) => {
                flush(&mut run, &mut pieces);
                pieces.push(Piece::Ready(text));
            }
            None => run.push(item),
        }
    }
    flush(&mut run, &mut pieces);
    let text = pieces
        .iter()
        .map(|piece| match piece {
            Piece::Ready(text) | Piece::Format(text) => text.as_str(),
        })
        .collect();
    Ok(Printed::Pending {
        text,
        source,
        pieces,
    })
}

/// A file written as text, in rustfmt's layout: the items the writer is sure of as they are,
/// the others printed by [`crate::layout`]. The text back when the printer leaves one of them to
/// rustfmt.
fn print_text(text: text::Text) -> Result<String, text::Text> {
    if text.sure() {
        return Ok(text.text);
    }
    let mut out = String::with_capacity(text.text.len());
    let all_printed = text.items().all(|item| {
        if item.sure {
            out.push_str(item.text);
            return true;
        }
        let printed = syn::parse_file(item.text)
            .ok()
            .and_then(|file| crate::layout::items(&file))
            .and_then(|items| items.into_iter().collect::<Option<Vec<String>>>());
        printed.map(|printed| out.extend(printed)).is_some()
    });
    if all_printed {
        Ok(out)
    } else {
        Err(text)
    }
}

fn lex(text: &str, path: &str) -> Result<TokenStream, String> {
    syn::parse_str::<TokenStream>(text)
        .map_err(|err| format!("internal error: generated {path} does not lex: {err}"))
}

/// Lists the Rust files with their paths; model file names are made unique in a fixed order.
fn rust_jobs(api: &Api) -> Vec<(String, RustJob<'_>)> {
    let mut jobs = vec![
        ("src/lib.rs".to_string(), RustJob::Lib),
        ("src/client.rs".to_string(), RustJob::Client),
    ];
    if !api.callbacks.is_empty() {
        jobs.push(("src/callbacks.rs".to_string(), RustJob::Callbacks));
    }
    let mut model_mods = Vec::new();
    let mut file_names = BTreeMap::new();
    let traffic = traffic(api);
    for def in &api.types {
        let module = unique_file_name(&snake_name(&def.name), &mut file_names);
        jobs.push((
            format!("src/models/{module}.rs"),
            RustJob::Type(def, traffic[&def.name]),
        ));
        model_mods.push((module, def.name.clone()));
    }
    // An alternative body media type shares its operation's response enum.
    for op in api
        .operations
        .iter()
        .filter(|op| op.alternative_of.is_none())
    {
        if let crate::ir::SuccessShape::Enum { name } = &op.success {
            let module = unique_file_name(&snake_name(name), &mut file_names);
            jobs.push((
                format!("src/models/{module}.rs"),
                RustJob::ResponseEnum(op, name),
            ));
            model_mods.push((module, name.clone()));
        }
    }
    model_mods.sort();
    jobs.push((
        "src/models/mod.rs".to_string(),
        RustJob::ModelsMod(model_mods),
    ));
    for tag in &api.tags {
        jobs.push((
            format!("src/operations/{}.rs", tag.module),
            RustJob::Tag(tag),
        ));
    }
    jobs.push(("src/operations/mod.rs".to_string(), RustJob::OperationsMod));
    jobs
}

/// Turns jobs into text over one thread per core; the result does not depend on the order in
/// which threads finish, since every file lands under its own path.
fn render_rust(
    api: &Api,
    jobs: Vec<(String, RustJob<'_>)>,
    formatted: Option<&Cache>,
    layout: bool,
) -> Result<Vec<(String, Printed)>, String> {
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(jobs.len().div_ceil(16))
        .max(1);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = |jobs: &[(String, RustJob<'_>)]| -> Vec<(usize, Result<Printed, String>)> {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some((path, job)) = jobs.get(i) else {
                return done;
            };
            done.push((i, print(job.source(api), path, formatted, layout)));
        }
    };
    let mut results: Vec<(usize, Result<Printed, String>)> = if threads == 1 {
        work(&jobs)
    } else {
        std::thread::scope(|scope| {
            let handles: Vec<_> = (0..threads).map(|_| scope.spawn(|| work(&jobs))).collect();
            handles
                .into_iter()
                .flat_map(|h| {
                    h.join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                })
                .collect()
        })
    };
    results.sort_by_key(|(i, _)| *i);
    let mut texts = Vec::with_capacity(jobs.len());
    for ((path, _), (_, text)) in jobs.into_iter().zip(results) {
        texts.push((path, text?));
    }
    Ok(texts)
}

fn render_operations_mod(api: &Api) -> TokenStream {
    let op_mods = api.tags.iter().map(|tag| {
        let module = ident(&tag.module);
        let doc = format!(" Operations tagged `{}`.", tag.name);
        quote!(#[doc = #doc] pub mod #module;)
    });
    quote!( #(#op_mods)* )
}

/// How each named type travels: reached from requests, from responses, or from neither (then it
/// and the types inside it get both serde directions).
fn traffic(api: &Api) -> BTreeMap<String, types::Traffic> {
    let requests = api.operations.iter().flat_map(|op| {
        let params = op.params.iter().map(|p| &p.ty);
        op.body.iter().map(|b| &b.ty).chain(params)
    });
    let responses = api.operations.iter().flat_map(|op| {
        let bodies = op.responses.iter().filter_map(|r| match &r.body {
            crate::ir::ResponseBody::Json(ty) => Some(ty),
            _ => None,
        });
        bodies.chain(op.pagination.iter().map(|p| &p.item))
    });
    let sent = reachable(api, requests);
    let received = reachable(api, responses.chain([&api.error_type]));
    let unused: Vec<TypeRef> = api
        .types
        .iter()
        .filter(|t| !sent.contains(&t.name) && !received.contains(&t.name))
        .map(|t| TypeRef::Named(t.name.clone()))
        .collect();
    let both = reachable(api, unused.iter());
    let param_unions = params::param_unions(api);
    api.types
        .iter()
        .map(|t| {
            let traffic = types::Traffic {
                sent: sent.contains(&t.name),
                serialize: sent.contains(&t.name) || both.contains(&t.name),
                deserialize: received.contains(&t.name) || both.contains(&t.name),
                param_value: param_unions.contains(&t.name),
            };
            (t.name.clone(), traffic)
        })
        .collect()
}

/// Names of the types `roots` refer to, directly or nested (through fields, variants and
/// aliases).
fn reachable<'a>(
    api: &'a Api,
    roots: impl Iterator<Item = &'a TypeRef>,
) -> std::collections::BTreeSet<String> {
    let by_name: BTreeMap<&str, &crate::ir::TypeDef> =
        api.types.iter().map(|t| (t.name.as_str(), t)).collect();
    let mut stack: Vec<&TypeRef> = roots.collect();
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
                    Some(crate::ir::TypeKind::Alias(ty)) => stack.push(ty),
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
        /// One module per tag: its operations and their parameters.
        pub mod operations;

        pub use client::{Call, Client, ClientBuilder, Environment};
        pub use paygen_runtime::{Response, RetryPolicy, Secret};
        /// The runtime this crate is built on: `Uuid`, `Decimal`, auth providers, pagination.
        pub use paygen_runtime as runtime;

        #[doc = #error_doc]
        pub type ErrorBody = #error_body;

        /// Everything a call can fail with; API errors carry an [`ErrorBody`].
        pub type Error = paygen_runtime::Error<ErrorBody>;
    }
}
