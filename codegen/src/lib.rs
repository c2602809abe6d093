//! paygen: OpenAPI 3.0 and 3.1 → Rust client crates.
//!
//! The pipeline, one module per step:
//! [`load`] (YAML/JSON → checked document) → [`lower`] (document → [`ir`]) →
//! [`render`] (IR → file contents; models and operations written as text in rustfmt's layout) →
//! [`format`](mod@format) (one rustfmt pass over the rest). Every step reports problems as
//! [`diagnostics`] with a JSON pointer; nothing panics on bad input, and nothing is written here:
//! writing files is the caller's job.

#![forbid(unsafe_code)]

pub mod diagnostics;
pub mod dialect;
pub mod diff;
pub mod format;
pub mod ir;
pub mod load;
pub mod lower;
pub mod render;
mod spacing;
pub mod validate;
mod yaml;

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

pub use diagnostics::{Diagnostic, Diagnostics, Severity};
pub use render::RuntimeDependency;

/// What to generate.
#[derive(Clone, Debug)]
pub struct Options {
    /// Cargo package name of the generated crate.
    pub crate_name: String,
    /// How the crate depends on the runtime.
    pub runtime: RuntimeDependency,
    /// Run rustfmt over the Rust files the text writer is not sure of (left as written
    /// otherwise).
    pub rustfmt: bool,
}

/// Time spent in each step.
#[derive(Clone, Copy, Debug, Default)]
pub struct Timings {
    /// Reading and validating the spec.
    pub parse: Duration,
    /// Building the IR.
    pub lower: Duration,
    /// Rendering files.
    pub render: Duration,
    /// rustfmt.
    pub format: Duration,
}

/// A generated crate, in memory.
#[derive(Clone, Debug)]
pub struct Generated {
    /// File contents by path relative to the crate root.
    pub files: BTreeMap<String, String>,
    /// Number of operations.
    pub operations: usize,
    /// Number of named types.
    pub types: usize,
    /// Number of `x-inferred` marks in the spec.
    pub inferred: usize,
    /// Warnings: fallbacks that were taken.
    pub warnings: Vec<Diagnostic>,
    /// Time per step.
    pub timings: Timings,
}

/// Generates a crate from the spec at `spec`. On failure every problem is returned.
pub fn generate(spec: &Path, options: &Options) -> Result<Generated, Diagnostics> {
    let started = Instant::now();
    let (loaded, mut diagnostics) = load::load_file(spec)?;
    generate_loaded(loaded, options, &mut diagnostics, started)
}

/// Generates a crate from spec text; `name` stands for the file in diagnostics.
pub fn generate_str(text: &str, name: &Path, options: &Options) -> Result<Generated, Diagnostics> {
    let started = Instant::now();
    let (loaded, mut diagnostics) = load::load_str(text, Diagnostics::new(name))?;
    generate_loaded(loaded, options, &mut diagnostics, started)
}

fn generate_loaded(
    loaded: load::LoadedSpec,
    options: &Options,
    diagnostics: &mut Diagnostics,
    started: Instant,
) -> Result<Generated, Diagnostics> {
    let mut timings = Timings {
        parse: started.elapsed(),
        ..Timings::default()
    };
    let step = Instant::now();
    let api = lower::lower(&loaded, &options.crate_name, diagnostics);
    // The document tree is as large as the IR and the output together: freed here, its memory
    // serves rendering instead of fresh pages.
    drop(loaded);
    timings.lower = step.elapsed();
    if diagnostics.has_errors() {
        return Err(diagnostics.clone());
    }
    let step = Instant::now();
    let render::Rendered {
        mut files,
        for_rustfmt,
    } = match render::render(&api, &options.runtime) {
        Ok(rendered) => rendered,
        Err(message) => {
            diagnostics.error("", message);
            return Err(diagnostics.clone());
        }
    };
    timings.render = step.elapsed();
    if options.rustfmt {
        let step = Instant::now();
        if let Err(message) = format::rustfmt(&mut files, &for_rustfmt) {
            diagnostics.error("", message);
            return Err(diagnostics.clone());
        }
        timings.format = step.elapsed();
    }
    for (path, text) in files.iter_mut() {
        if path.ends_with(".rs") {
            *text = spacing::space_items(text);
        }
    }
    Ok(Generated {
        files,
        operations: api.operation_count(),
        types: api.types.len(),
        inferred: api.inferred_count,
        warnings: diagnostics.warnings(),
        timings,
    })
}

/// Lowers spec text without rendering, for tests and tools that inspect the IR.
pub fn lower_file_str(text: &str) -> Result<(ir::Api, Diagnostics), Diagnostics> {
    let (loaded, mut diagnostics) = load::load_str(text, Diagnostics::new(Path::new("spec")))?;
    let api = lower::lower(&loaded, "spec-client", &mut diagnostics);
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    Ok((api, diagnostics))
}

/// Lowers a spec without rendering, for tests and tools that inspect the IR.
pub fn lower_file(spec: &Path, crate_name: &str) -> Result<(ir::Api, Diagnostics), Diagnostics> {
    let (loaded, mut diagnostics) = load::load_file(spec)?;
    let api = lower::lower(&loaded, crate_name, &mut diagnostics);
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    Ok((api, diagnostics))
}

/// Lowers spec text without rendering; `name` stands for the file in diagnostics. What
/// [`diff`] compares.
pub fn lower_str(
    text: &str,
    name: &Path,
    crate_name: &str,
) -> Result<(ir::Api, Diagnostics), Diagnostics> {
    let (loaded, mut diagnostics) = load::load_str(text, Diagnostics::new(name))?;
    let api = lower::lower(&loaded, crate_name, &mut diagnostics);
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    Ok((api, diagnostics))
}
