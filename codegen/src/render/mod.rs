//! Rendering: IR → file contents. Every Rust file is written as text from the IR
//! (`render/text.rs`): models, operations, `lib.rs` and the module lists in rustfmt's layout,
//! judged item by item; `client.rs`, `callbacks.rs` and the unions as readable Rust that
//! rustfmt lays out. The manifest and README come from askama templates. Every Rust file not
//! certainly in rustfmt's layout is listed for the one rustfmt pass ([`crate::format`]).

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

use crate::ir::{Api, TypeRef};
use types::ModelPath;

pub use manifest::RuntimeDependency;

/// One Rust file to render: what it is made from, turned into text on whichever thread picks
/// it up.
enum RustJob<'a> {
    Lib,
    Client,
    Callbacks,
    Type(&'a crate::ir::TypeDef, types::Traffic),
    ResponseEnum(&'a crate::ir::Operation, &'a str),
    ModelsMod(Vec<(String, String, crate::ir::Gate)>),
    Tag(&'a crate::ir::Tag),
    OperationsMod,
}

impl RustJob<'_> {
    fn text(&self, api: &Api) -> text::Text {
        match self {
            RustJob::Lib => render_lib(api),
            RustJob::Client => client::render_client(api),
            RustJob::Callbacks => callbacks::render_callbacks(api)
                .unwrap_or_else(|| text::Writer::with_capacity(0).finish()),
            RustJob::Type(def, traffic) => {
                types::render_type(def, *traffic, &api.sensitive_holders)
            }
            RustJob::ResponseEnum(op, name) => render_response_enum(op, name),
            RustJob::ModelsMod(mods) if mods.is_empty() => empty_file(),
            RustJob::ModelsMod(mods) => render_models_mod(mods),
            RustJob::Tag(tag) => ops::render_tag(api, tag),
            RustJob::OperationsMod if api.tags.is_empty() => empty_file(),
            RustJob::OperationsMod => render_operations_mod(api),
        }
    }
}

/// A module with nothing in it, left to rustfmt, whose empty file is a lone newline.
fn empty_file() -> text::Text {
    let mut w = text::Writer::for_rustfmt(0);
    w.end_item();
    w.finish()
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
    for (path, printed) in render_rust(api, rust_jobs(api)) {
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
    /// Text the writer is not sure of, for rustfmt to lay out.
    ForRustfmt(String),
}

/// Text the writer is sure of is final; the rest goes to rustfmt as it is written.
fn print(text: text::Text) -> Printed {
    if text.sure() {
        Printed::Final(text.text)
    } else {
        Printed::ForRustfmt(text.text)
    }
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
    for def in &api.types {
        jobs.push((
            format!("src/models/{}.rs", def.module),
            RustJob::Type(def, def.traffic),
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
            RustJob::Tag(tag),
        ));
    }
    jobs.push(("src/operations/mod.rs".to_string(), RustJob::OperationsMod));
    jobs
}

/// Turns jobs into text over one thread per core; the result does not depend on the order in
/// which threads finish, since every file lands under its own path.
fn render_rust(api: &Api, jobs: Vec<(String, RustJob<'_>)>) -> Vec<(String, Printed)> {
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(jobs.len().div_ceil(16))
        .max(1);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let work = |jobs: &[(String, RustJob<'_>)]| -> Vec<(usize, Printed)> {
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let Some((_, job)) = jobs.get(i) else {
                return done;
            };
            done.push((i, print(job.text(api))));
        }
    };
    let mut results: Vec<(usize, Printed)> = if threads == 1 {
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
    jobs.into_iter()
        .zip(results)
        .map(|((path, _), (_, text))| (path, text))
        .collect()
}

/// `pub mod <tag>;` per tag, each with its doc line, sorted by module as rustfmt orders them.
fn render_operations_mod(api: &Api) -> text::Text {
    let mut w = text::Writer::with_capacity(api.tags.len() * 64);
    let mut tags: Vec<&crate::ir::Tag> = api.tags.iter().collect();
    tags.sort_by(|a, b| a.module.cmp(&b.module));
    for tag in tags {
        // rustfmt sorts digits by their number, not their text.
        if tag.module.contains(|c: char| c.is_ascii_digit()) {
            w.unsure();
        }
        w.docs(0, &ops::tag_summary(api, tag));
        if let Some((cfg, sure)) = features::tag_cfg_line(api, &tag.module) {
            if !sure {
                w.unsure();
            }
            w.line(0, &cfg);
        }
        w.line(0, &format!("pub mod {};", tag.module));
        w.end_item();
    }
    w.finish()
}

/// `mod x;` and `pub use x::X;` per model, sorted, each under the model's `#[cfg(..)]`: each
/// `mod` and `use` stands alone between items of the other kind, so rustfmt has no run of them
/// to reorder.
fn render_models_mod(mods: &[(String, String, crate::ir::Gate)]) -> text::Text {
    let mut w = text::Writer::with_capacity(mods.len() * 64);
    for (module, name, gate) in mods {
        let cfg = features::cfg_lines(gate);
        if let Some((lines, sure)) = &cfg {
            lines.iter().for_each(|line| w.line(0, line));
            if !sure {
                w.unsure();
            }
        }
        w.line(0, &format!("mod {module};"));
        if let Some((lines, _)) = &cfg {
            lines.iter().for_each(|line| w.line(0, line));
        }
        w.line(0, &format!("pub use {module}::{name};"));
        w.end_item();
    }
    w.finish()
}

/// The enum of an operation's successful outcomes, a variant per documented status.
fn render_response_enum(op: &crate::ir::Operation, name: &str) -> text::Text {
    let mut w = text::Writer::with_capacity(512);
    w.docs(
        0,
        &[format!(
            " The successful outcomes of `{} {}`, one per documented status.",
            op.method, op.path
        )],
    );
    w.attribute(0, "derive", &["Clone", "Debug", "PartialEq"]);
    w.line(0, &format!("pub enum {name} {{"));
    for case in op.responses.iter().filter(|c| c.success) {
        let status = match &case.status {
            crate::ir::StatusMatch::Code(c) => c.to_string(),
            crate::ir::StatusMatch::Range(c) => format!("{c}XX"),
            crate::ir::StatusMatch::Default => "default".into(),
        };
        w.docs(4, &[format!(" Status `{status}`.")]);
        let variant = &case.variant;
        // A tuple variant is judged like an argument list.
        match &case.body {
            crate::ir::ResponseBody::Empty => w.line(4, &format!("{variant},")),
            crate::ir::ResponseBody::Json(t) => {
                w.call(4, variant, &[&types::type_text(t, ModelPath::Sibling)], ",")
            }
            crate::ir::ResponseBody::Text => w.call(4, variant, &["String"], ","),
            crate::ir::ResponseBody::Binary => w.call(4, variant, &["paygen_runtime::Bytes"], ","),
        }
    }
    w.line(0, "}");
    w.finish()
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

#[cfg(test)]
mod tests {
    use crate::diagnostics::Diagnostics;

    /// Renders a spec with one operation under each tag.
    fn rendered(tags: &[&str]) -> super::Rendered {
        let mut paths = String::from("paths:\n");
        if tags.is_empty() {
            paths = "paths: {}\n".into();
        }
        for (i, tag) in tags.iter().enumerate() {
            paths.push_str(&format!(
                "  /p{i}:\n    get:\n      operationId: op{i}\n      tags: ['{tag}']\n      \
                 responses: {{'204': {{description: none}}}}\n"
            ));
        }
        let text = format!("openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\n{paths}");
        let (loaded, mut diagnostics) =
            crate::load::load_str(&text, Diagnostics::new(std::path::Path::new("t.yaml")))
                .unwrap_or_else(|d| panic!("{d}"));
        let api = crate::lower::lower(&loaded, "t", &mut diagnostics);
        assert!(!diagnostics.has_errors(), "{diagnostics}");
        super::render(&api, &super::RuntimeDependency::Version("1".into())).expect("renders")
    }

    #[test]
    fn the_operation_modules_are_listed_in_the_order_rustfmt_keeps() {
        let crate_files = rendered(&["Tokens", "Auth", "Card_holders", "Cards", "Card"]);
        let list = &crate_files.files["src/operations/mod.rs"];
        let modules: Vec<&str> = list
            .lines()
            .filter_map(|l| l.strip_prefix("pub mod "))
            .collect();
        assert_eq!(
            modules,
            ["auth;", "card;", "card_holders;", "cards;", "tokens;"]
        );
        assert_eq!(*list, super::text::tests::rustfmt(list));
        assert!(!crate_files
            .for_rustfmt
            .contains(&"src/operations/mod.rs".to_string()));
        // The client is always laid out by rustfmt.
        assert!(crate_files
            .for_rustfmt
            .contains(&"src/client.rs".to_string()));
    }

    #[test]
    fn module_names_with_digits_are_left_to_rustfmt_which_orders_them_by_number() {
        let crate_files = rendered(&["v10", "v9"]);
        assert!(crate_files
            .for_rustfmt
            .contains(&"src/operations/mod.rs".to_string()));
    }

    #[test]
    fn a_crate_without_operations_gets_rustfmt_s_empty_module_lists() {
        let crate_files = rendered(&[]);
        for path in ["src/operations/mod.rs", "src/models/mod.rs"] {
            assert_eq!(crate_files.files[path], "", "{path}");
            assert!(
                crate_files.for_rustfmt.contains(&path.to_string()),
                "{path}"
            );
        }
    }

    #[test]
    fn a_sensitive_shared_header_is_redacted_in_the_client_s_debug() {
        let header = |sensitive: &str| {
            format!("[{{name: X-Token, in: header, schema: {{type: string}}{sensitive}}}]")
        };
        let client = |sensitive: &str| {
            let text = format!(
                "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n  /a:\n    get:\n      \
                 operationId: a\n      parameters: {}\n      responses: {{'204': {{description: ok}}}}\n  \
                 /b:\n    get:\n      operationId: b\n      parameters: {}\n      \
                 responses: {{'204': {{description: ok}}}}\n",
                header(""),
                header(sensitive)
            );
            let (loaded, mut diagnostics) =
                crate::load::load_str(&text, Diagnostics::new(std::path::Path::new("t.yaml")))
                    .unwrap_or_else(|d| panic!("{d}"));
            let api = crate::lower::lower(&loaded, "t", &mut diagnostics);
            assert!(!diagnostics.has_errors(), "{diagnostics}");
            let rendered = super::render(&api, &super::RuntimeDependency::Version("1".into()));
            rendered.expect("renders").files["src/client.rs"].clone()
        };
        let plain = client("");
        assert!(plain.contains("#[derive(Clone, Debug, Default)]\npub(crate) struct Defaults"));
        assert!(!plain.contains("impl std::fmt::Debug for Defaults"));
        let secret = client(", x-sensitive: true");
        assert!(secret.contains("#[derive(Clone, Default)]\npub(crate) struct Defaults"));
        assert!(secret.contains("impl std::fmt::Debug for Defaults"));
        assert!(secret.contains("paygen_runtime::redact::Redacted::full(&self.x_token)"));
    }
}
