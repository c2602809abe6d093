//! `cargo xtask gen`: specs → crates on disk. Everything is generated in memory first; files are
//! written only when every spec succeeded, and only files whose bytes changed are touched.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use paygen_codegen::{Generated, Options, RuntimeDependency};

/// One crate to generate.
pub struct Job {
    /// The spec file.
    pub spec: PathBuf,
    /// The crate folder.
    pub out: PathBuf,
    /// Short label for messages.
    pub label: String,
    /// Generator options.
    pub options: Options,
    /// The vendor key of a crate in `generated/`: it gets its version and changelog from
    /// `release/` (see `release.rs`).
    pub vendor: Option<String>,
}

/// What writing a crate would change.
#[derive(Default, Debug)]
pub struct Plan {
    /// Files to create or overwrite, with their new contents.
    pub write: BTreeMap<PathBuf, String>,
    /// Files to delete.
    pub remove: Vec<PathBuf>,
}

/// The jobs for every spec in `specs/` (→ `generated/<vendor>`, crate `<vendor>-client`) and every
/// fixture in `tests/fixtures/` (→ `tests/fixture-crates/<name>`, crate `fixture-<name>`).
pub fn workspace_jobs(root: &Path) -> Result<Vec<Job>> {
    let mut jobs = Vec::new();
    for spec in vendor_specs(root)? {
        let vendor = stem(&spec);
        jobs.push(Job {
            out: root.join("generated").join(&vendor),
            options: options(format!("{vendor}-client"), "../../runtime"),
            label: vendor.clone(),
            vendor: Some(vendor),
            spec,
        });
    }
    let fixtures = root.join("tests/fixtures");
    if fixtures.is_dir() {
        for spec in spec_files(&fixtures)? {
            let name = stem(&spec);
            jobs.push(Job {
                out: root.join("tests/fixture-crates").join(&name),
                options: options(format!("fixture-{name}"), "../../../runtime"),
                label: format!("fixture {name}"),
                vendor: None,
                spec,
            });
        }
    }
    Ok(jobs)
}

/// Folders that hold generated crates, for finding crates whose spec is gone.
pub const OUTPUT_DIRS: [&str; 2] = ["generated", "tests/fixture-crates"];

fn options(crate_name: String, runtime: &str) -> Options {
    Options {
        crate_name,
        runtime: RuntimeDependency::Path(runtime.into()),
        rustfmt: true,
    }
}

/// The vendor specs, `specs/<vendor>.yaml`, sorted.
pub fn vendor_specs(root: &Path) -> Result<Vec<PathBuf>> {
    spec_files(&root.join("specs"))
}

/// A spec's file name without its extension: the vendor key.
pub fn stem(spec: &Path) -> String {
    spec.file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("api")
        .to_string()
}

fn spec_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut specs: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("cannot list {}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            p.is_file()
                && matches!(
                    p.extension().and_then(|e| e.to_str()),
                    Some("yaml" | "yml" | "json")
                )
        })
        .collect();
    specs.sort();
    Ok(specs)
}

/// Generates every job in memory; on any failure prints every diagnostic and fails.
pub fn generate_all(jobs: &[Job]) -> Result<Vec<(Generated, u128)>> {
    // Specs are independent: generate them side by side (each also renders over every core,
    // but parsing and lowering are single-threaded), then report in job order.
    let outcomes: Vec<(Result<Generated, paygen_codegen::Diagnostics>, u128)> =
        std::thread::scope(|scope| {
            let handles: Vec<_> = jobs
                .iter()
                .map(|job| {
                    scope.spawn(move || {
                        let started = Instant::now();
                        let outcome = paygen_codegen::generate(&job.spec, &job.options);
                        (outcome, started.elapsed().as_millis())
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                })
                .collect()
        });
    let mut results = Vec::new();
    let mut failed = Vec::new();
    for (job, (outcome, millis)) in jobs.iter().zip(outcomes) {
        match outcome {
            Ok(generated) => {
                for warning in &generated.warnings {
                    eprintln!("{warning}");
                }
                results.push((generated, millis));
            }
            Err(diagnostics) => {
                eprint!("{diagnostics}");
                let errors = diagnostics
                    .sorted()
                    .iter()
                    .filter(|d| d.severity == paygen_codegen::Severity::Error)
                    .count();
                failed.push(format!("{} ({errors} errors)", job.label));
            }
        }
    }
    if !failed.is_empty() {
        bail!(
            "generation failed for {}; nothing was written",
            failed.join(", ")
        );
    }
    Ok(results)
}

/// Compares generated files with what is on disk.
pub fn plan(out: &Path, generated: &Generated) -> Result<Plan> {
    let mut plan = Plan::default();
    for (relative, contents) in &generated.files {
        let path = out.join(relative);
        let current = std::fs::read(&path).ok();
        if current.as_deref() != Some(contents.as_bytes()) {
            plan.write.insert(path, contents.clone());
        }
    }
    if out.exists() {
        for existing in list_files(out)? {
            let relative = existing
                .strip_prefix(out)
                .unwrap_or(&existing)
                .to_string_lossy()
                .replace('\\', "/");
            if !generated.files.contains_key(&relative) {
                plan.remove.push(existing);
            }
        }
    }
    plan.remove.sort();
    Ok(plan)
}

fn list_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder)
            .with_context(|| format!("cannot list {}", folder.display()))?
        {
            let path = entry?.path();
            let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if name == "target" || name == "Cargo.lock" {
                continue; // build output of a standalone crate, not generated
            }
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    Ok(out)
}

/// Applies a plan: each file is written beside its target and renamed over it, so a reader never
/// sees half a file.
pub fn apply(plan: &Plan) -> Result<()> {
    for (path, contents) in &plan.write {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        let staging = path.with_extension("paygen-tmp");
        std::fs::write(&staging, contents)
            .with_context(|| format!("cannot write {}", staging.display()))?;
        std::fs::rename(&staging, path)
            .with_context(|| format!("cannot move {} into place", path.display()))?;
    }
    for path in &plan.remove {
        std::fs::remove_file(path)
            .with_context(|| format!("cannot remove stale {}", path.display()))?;
        // Drop folders the removal emptied.
        let mut dir = path.parent();
        while let Some(d) = dir {
            if std::fs::remove_dir(d).is_err() {
                break;
            }
            dir = d.parent();
        }
    }
    Ok(())
}
