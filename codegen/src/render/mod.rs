//! Rendering: IR → file contents. Models, operations and `lib.rs` are written as text in
//! rustfmt's layout (`render/text.rs`); the other Rust files (`client.rs`, `callbacks.rs`, response
//! enums, `operations/mod.rs`) are `quote!` tokens printed by prettyplease;
//! the manifest and README come from askama templates. Every Rust file not certainly in
//! rustfmt's layout is listed for the one rustfmt pass ([`crate::format`]).

mod callbacks;
mod client;
mod customer;
pub mod docs;
mod enums;
mod examples;
mod features;
mod manifest;
mod ops;
mod redact;
mod structs;
mod text;
pub(crate) mod types;

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::quote;

use crate::ir::{Api, TypeRef};
use types::{ident, type_tokens, ModelPath};

pub use manifest::RuntimeDependency;

/// One Rust file to render: its path and what it is made from. Tokens are not `Send`, so a job
/// is built first and turned into text on whichever thread picks it up.
enum RustJob<'a> {
    Lib,
    Client,
    Callbacks,
    Type(
        &'a crate::ir::TypeDef,
        types::Traffic,
        std::sync::Arc<std::collections::BTreeSet<String>>,
    ),
    ResponseEnum(&'a crate::ir::Operation, &'a str),
    ModelsMod(Vec<(String, String, crate::ir::Gate)>),
    Tag(
        &'a crate::ir::Tag,
        std::sync::Arc<std::collections::BTreeSet<String>>,
    ),
    OperationsMod,
}

impl RustJob<'_> {
    fn source(&self, api: &Api) -> Source {
        let tokens = match self {
            RustJob::Lib => return Source::Text(render_lib(api)),
            RustJob::Client => client::render_client(api),
            RustJob::Callbacks => callbacks::render_callbacks(api).unwrap_or_default(),
            RustJob::Type(def, traffic, holders) => {
                return types::render_type(def, *traffic, holders)
            }
            RustJob::ResponseEnum(op, name) => render_response_enum(op, name),
            RustJob::ModelsMod(mods) if !mods.is_empty() => {
                return Source::Text(render_models_mod(mods))
            }
            // rustfmt's empty file (a lone newline).
            RustJob::ModelsMod(_) => TokenStream::new(),
            RustJob::Tag(tag, holders) => return Source::Text(ops::render_tag(api, tag, holders)),
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
    /// The Rust files still to go through rustfmt.
    pub for_rustfmt: Vec<String>,
}

/// Renders every file of the crate.
pub fn render(api: &Api, runtime: &RuntimeDependency) -> Result<Rendered, String> {
    let mut rendered = Rendered::default();
    rendered.files.insert(
        "Cargo.toml".to_string(),
        manifest::cargo_toml(api, runtime)?,
    );
    rendered
        .files
        .insert("README.md".to_string(), manifest::readme(api)?);
    for (path, printed) in render_rust(api, rust_jobs(api))? {
        let text = match printed {
            Printed::Final(text) => text,
            Printed::ForRustfmt(text) => {
                rendered.for_rustfmt.push(path.clone());
                text
            }
        };
        rendered.files.insert(path, text);
    }
    Ok(rendered)
}

/// A Rust file as text.
enum Printed {
    /// Written by the text writer, which is sure of every item: rustfmt's layout already.
    Final(String),
    /// Printed by prettyplease, for rustfmt to finish.
    ForRustfmt(String),
}

/// Prints one file. Text the writer is not sure of is lexed and printed like tokens, so what
/// rustfmt makes of it does not depend on how the writer laid it out.
fn print(source: Source, path: &str) -> Result<Printed, String> {
    let tokens = match source {
        Source::Text(text) if text.sure() => return Ok(Printed::Final(text.text)),
        Source::Text(text) => lex(&text.text, path)?,
        Source::Tokens(tokens) => tokens,
    };
    let file: syn::File = syn::parse2(tokens)
        .map_err(|err| format!("internal error: generated {path} does not parse: {err}"))?;
    Ok(Printed::ForRustfmt(prettyplease::unparse(&file)))
}

fn lex(text: &str, path: &str) -> Result<TokenStream, String> {
    syn::parse_str::<TokenStream>(text)
        .map_err(|err| format!("internal error: generated {path} does not lex: {err}"))
}

/// Lists the Rust files with their paths (the lowering named the model files).
fn rust_jobs(api: &Api) -> Vec<(String, RustJob<'_>)> {
    let mut jobs = vec![
        ("src/lib.rs".to_string(), RustJob::Lib),
        ("src/client.rs".to_string(), RustJob::Client),
    ];
    if !api.callbacks.is_empty() {
        jobs.push(("src/callbacks.rs".to_string(), RustJob::Callbacks));
    }
    let mut model_mods = Vec::new();
    let holders = std::sync::Arc::new(redact::holders(api));
    for def in &api.types {
        jobs.push((
            format!("src/models/{}.rs", def.module),
            RustJob::Type(def, def.traffic, holders.clone()),
        ));
        model_mods.push((def.module.clone(), def.name.clone(), def.gate.clone()));
    }
    // An alternative body media type shares its operation's response enum.
    for op in api
        .operations
        .iter()
        .filter(|op| op.alternative_of.is_none())
    {
        if let crate::ir::SuccessShape::Enum { name, module } = &op.success {
            jobs.push((
                format!("src/models/{module}.rs"),
                RustJob::ResponseEnum(op, name),
            ));
            model_mods.push((
                module.clone(),
                name.clone(),
                features::tag_gate(api, &op.tag_module),
            ));
        }
    }
    model_mods.sort_by(|a, b| (&a.0, &a.1).cmp(&(&b.0, &b.1)));
    jobs.push((
        "src/models/mod.rs".to_string(),
        RustJob::ModelsMod(model_mods),
    ));
    for tag in &api.tags {
        jobs.push((
            format!("src/operations/{}.rs", tag.module),
            RustJob::Tag(tag, holders.clone()),
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
            done.push((i, print(job.source(api), path)));
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
        let cfg = features::tag_cfg(api, &tag.module);
        quote!(#[doc = #doc] #cfg pub mod #module;)
    });
    quote!( #(#op_mods)* )
}

/// `mod x;` and `pub use x::X;` per model, sorted, each under the model's `#[cfg(..)]`: each
/// `mod` and `use` stands alone between items of the other kind, so rustfmt has no run of them
/// to reorder.
fn render_models_mod(mods: &[(String, String, crate::ir::Gate)]) -> text::Text {
    let mut w = text::Writer::with_capacity(mods.len() * 64);
    for (module, name, gate) in mods {
        let cfg = features::cfg_line(gate);
        if let Some((line, sure)) = &cfg {
            w.line(0, line);
            if !sure {
                w.unsure();
            }
        }
        w.line(0, &format!("mod {module};"));
        if let Some((line, _)) = &cfg {
            w.line(0, line);
        }
        w.line(0, &format!("pub use {module}::{name};"));
        w.end_item();
    }
    w.finish()
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

/// `src/lib.rs`, in the order rustfmt keeps (its `use` items sorted).
fn render_lib(api: &Api) -> text::Text {
    let mut w = text::Writer::with_capacity(1536);
    w.line(0, "#![doc = include_str!(\"../README.md\")]");
    w.line(0, "#![deny(missing_docs)]");
    w.line(0, "#![allow(");
    // rustfmt's layout of an attribute list too wide for one line: no trailing comma.
    let lints = [
        "clippy::large_enum_variant",
        "clippy::too_many_arguments",
        "clippy::doc_lazy_continuation",
        "clippy::doc_overindented_list_items",
    ];
    for (i, lint) in lints.iter().enumerate() {
        let comma = if i + 1 < lints.len() { "," } else { "" };
        w.line(4, &format!("{lint}{comma}"));
    }
    w.line(0, ")]");
    if let Some((line, sure)) = features::partial_build_allow(api) {
        w.line(0, &line);
        if !sure {
            w.unsure();
        }
    }
    w.end_item();
    let module = |w: &mut text::Writer, doc: &str, name: &str| {
        w.docs(0, &[format!(" {doc}")]);
        w.line(0, &format!("pub mod {name};"));
        w.end_item();
    };
    if !api.callbacks.is_empty() {
        module(
            &mut w,
            "Verifiers for the signed callbacks the API sends.",
            "callbacks",
        );
    }
    module(
        &mut w,
        "The client, its builder and the environments.",
        "client",
    );
    module(&mut w, "Request and response types.", "models");
    module(
        &mut w,
        "One module per tag: its operations and their parameters.",
        "operations",
    );
    w.line(0, "pub use client::{Client, ClientBuilder, Environment};");
    w.end_item();
    w.docs(
        0,
        &[
            " The runtime this crate is built on: `Uuid`, `Decimal`, auth providers, pagination."
                .to_string(),
        ],
    );
    w.line(0, "pub use paygen_runtime as runtime;");
    w.end_item();
    w.line(
        0,
        "pub use paygen_runtime::{CallOptions, Response, RetryPolicy, Secret};",
    );
    w.end_item();
    let error_doc = match &api.error_type {
        TypeRef::Named(n) => {
            format!(" The body of an error response: [`{n}`](crate::models::{n}).")
        }
        _ => " The body of an error response, as JSON: the spec documents no error schema."
            .to_string(),
    };
    w.docs(0, &[error_doc]);
    let error_body = types::type_text(&api.error_type, ModelPath::Crate);
    w.line(0, &format!("pub type ErrorBody = {error_body};"));
    w.end_item();
    w.docs(
        0,
        &[" Everything a call can fail with; API errors carry an [`ErrorBody`].".to_string()],
    );
    w.line(0, "pub type Error = paygen_runtime::Error<ErrorBody>;");
    w.end_item();
    w.finish()
}
