//! The corpus part (issue #22): for the largest specs in `tests/corpus/` (by operations), the
//! types and lines paygen generates, and the debug compile time and peak memory of the whole
//! crate and of its largest tag feature alone; openapi-generator's rust output for the same spec
//! beside it where it generates and compiles. Goals: the largest spec under 2 GiB as one crate,
//! any single tag under 20 s.
//!
//! Each timed build compiles the crate alone (dependencies built before, untimed), as in the
//! compile part: `src/lib.rs` touched, incremental compilation off. Peak memory is the largest
//! peak RSS among the build's processes (rustc), measured in a fresh `child-measure` process.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{anyhow, Context, Result};
use serde::{Deserialize, Serialize};

use crate::measure;
use crate::peers::{self, MeasureReport};

/// How many of the largest corpus specs are measured.
pub const LARGEST: usize = 3;

/// A build stops after this long.
const BUILD_LIMIT: Duration = Duration::from_secs(1800);

/// One timed build.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Build {
    pub ok: bool,
    pub seconds: f64,
    pub peak_kib: u64,
    pub failure: Option<String>,
}

/// One corpus spec's measurements.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct CorpusResult {
    pub label: String,
    pub operations: usize,
    pub types: usize,
    pub lines: usize,
    pub whole: Build,
    /// The largest tag feature (by the size of its operations module) and its build alone.
    pub feature: Option<(String, Build)>,
    /// openapi-generator's output: model files, lines, whole-crate build.
    pub og_models: Option<usize>,
    pub og_lines: Option<usize>,
    pub og_build: Option<Build>,
    pub failure: Option<String>,
}

/// The corpus specs, largest first by operation count, at most `LARGEST`.
fn largest_specs(root: &Path) -> Result<Vec<(PathBuf, usize)>> {
    let mut sized = Vec::new();
    for entry in std::fs::read_dir(root.join("tests/corpus"))? {
        let path = entry?.path();
        if !matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("json" | "yaml" | "yml")
        ) {
            continue;
        }
        let options = crate::ours::options("corpus-size");
        let options = paygen_codegen::Options {
            rustfmt: false,
            ..options
        };
        if let Ok(generated) = paygen_codegen::generate(&path, &options) {
            sized.push((path, generated.operations));
        }
    }
    // Largest first; ties by file name, so the choice is deterministic.
    sized.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    sized.truncate(LARGEST);
    Ok(sized)
}

/// Runs the part: writes the crates under `out/corpus/`, builds in `out/target-corpus/`.
pub fn run(root: &Path, out: &Path, logs: &Path, og_cli: Option<&Path>) -> Vec<CorpusResult> {
    let specs = match largest_specs(root) {
        Ok(specs) => specs,
        Err(err) => {
            return vec![CorpusResult {
                label: "corpus".into(),
                failure: Some(format!("{err:#}")),
                ..CorpusResult::default()
            }]
        }
    };
    let target = out.join("target-corpus");
    specs
        .iter()
        .map(|(spec, _)| {
            let label = spec
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("spec")
                .to_string();
            let result = measure_spec(root, spec, &label, out, &target, logs, og_cli)
                .unwrap_or_else(|err| CorpusResult {
                    label: label.clone(),
                    failure: Some(format!("{err:#}")),
                    ..CorpusResult::default()
                });
            print_line(&result);
            result
        })
        .collect()
}

fn measure_spec(
    root: &Path,
    spec: &Path,
    label: &str,
    out: &Path,
    target: &Path,
    logs: &Path,
    og_cli: Option<&Path>,
) -> Result<CorpusResult> {
    let dir = out.join("corpus").join(format!("ours-{label}"));
    let runtime = root.join("runtime").canonicalize()?;
    let mut options = crate::ours::options(&format!("corpus-{label}"));
    options.runtime = paygen_codegen::RuntimeDependency::Path(runtime.display().to_string());
    let generated = paygen_codegen::generate(spec, &options).map_err(|d| anyhow!("{d}"))?;
    let _ = std::fs::remove_dir_all(&dir);
    for (path, contents) in &generated.files {
        let file = dir.join(path);
        std::fs::create_dir_all(file.parent().context("a file in a folder")?)?;
        std::fs::write(file, contents)?;
    }
    crate::compile::make_standalone(&dir)?;
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))?;
    let mut result = CorpusResult {
        label: label.into(),
        operations: generated.operations,
        types: generated.types,
        lines: peers::count_rs_lines(&dir.join("src")),
        ..CorpusResult::default()
    };
    result.whole = build(&dir, target, logs, &format!("ours-{label}"), &[]);
    if let Some(feature) = largest_feature(&dir) {
        let features = format!("rustls,{feature}");
        let args = ["--no-default-features", "--features", features.as_str()];
        let alone = build(
            &dir,
            target,
            logs,
            &format!("ours-{label}-{feature}"),
            &args,
        );
        result.feature = Some((feature, alone));
    }
    if let Some(cli) = og_cli {
        let og_dir = out.join("corpus").join(format!("og-{label}"));
        let og = peers::measure_openapi_generator(
            cli,
            label,
            spec,
            &format!("og-{label}"),
            &og_dir,
            logs,
            1,
            false,
            Duration::from_secs(600),
        );
        if og.ok {
            result.og_lines = Some(og.out_lines);
            result.og_models = std::fs::read_dir(og_dir.join("src/models"))
                .ok()
                .map(|entries| entries.count().saturating_sub(1));
            result.og_build = Some(match crate::compile::make_standalone(&og_dir) {
                Ok(()) => build(&og_dir, target, logs, &format!("og-{label}"), &[]),
                Err(err) => Build {
                    failure: Some(format!("{err:#}")),
                    ..Build::default()
                },
            });
        } else {
            result.og_build = Some(Build {
                failure: og.failure.or(Some("openapi-generator failed".into())),
                ..Build::default()
            });
        }
    }
    Ok(result)
}

/// The feature of the largest operations module: `#[cfg(feature = "x")]` above `pub mod m;` in
/// `src/operations/mod.rs`, the module whose file is the largest.
fn largest_feature(dir: &Path) -> Option<String> {
    let ops = dir.join("src/operations");
    let index = std::fs::read_to_string(ops.join("mod.rs")).ok()?;
    let mut feature = None;
    let mut best: Option<(u64, String)> = None;
    for line in index.lines() {
        if let Some(rest) = line.strip_prefix("#[cfg(feature = \"") {
            feature = rest.strip_suffix("\")]").map(String::from);
        } else if let Some(module) = line
            .strip_prefix("pub mod ")
            .and_then(|m| m.strip_suffix(';'))
        {
            let size = std::fs::metadata(ops.join(format!("{module}.rs")))
                .map(|m| m.len())
                .unwrap_or(0);
            if let Some(f) = feature.take() {
                if best.as_ref().is_none_or(|(s, _)| size > *s) {
                    best = Some((size, f));
                }
            }
        }
    }
    best.map(|(_, f)| f)
}

/// Builds the crate in `dir` once untimed (dependencies), then once timed after touching
/// `src/lib.rs`, in a `child-measure` process for its peak memory.
fn build(dir: &Path, target: &Path, logs: &Path, name: &str, extra: &[&str]) -> Build {
    let cargo = PathBuf::from(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    let manifest = dir.join("Cargo.toml");
    let mut args: Vec<String> = [
        "build",
        "--manifest-path",
        &manifest.display().to_string(),
        "--target-dir",
        &target.display().to_string(),
        "--config",
        "build.incremental=false",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.extend(extra.iter().map(|s| s.to_string()));
    let warm_log = logs.join(format!("corpus-{name}-warm.log"));
    let arg_refs: Vec<&str> = args.iter().map(String::as_str).collect();
    match measure::run_logged(&cargo, &arg_refs, dir, &warm_log, &[]) {
        Ok((true, _)) => {}
        Ok((false, _)) => {
            return Build {
                failure: Some(first_error(&warm_log)),
                ..Build::default()
            }
        }
        Err(err) => {
            return Build {
                failure: Some(format!("{err:#}")),
                ..Build::default()
            }
        }
    }
    if let Err(err) = std::fs::File::options()
        .write(true)
        .open(dir.join("src/lib.rs"))
        .and_then(|f| f.set_modified(std::time::SystemTime::now()))
    {
        return Build {
            failure: Some(format!("cannot touch src/lib.rs: {err}")),
            ..Build::default()
        };
    }
    let log = logs.join(format!("corpus-{name}.log"));
    let mut child = vec![
        "child-measure".to_string(),
        log.display().to_string(),
        cargo.display().to_string(),
    ];
    child.extend(args);
    child.push("--offline".into());
    match measure::run_self::<MeasureReport>(&child, BUILD_LIMIT) {
        Ok((report, _, _)) if report.success => Build {
            ok: true,
            seconds: report.wall_ms / 1000.0,
            peak_kib: report.maxrss_kib,
            failure: None,
        },
        Ok(_) => Build {
            failure: Some(first_error(&log)),
            ..Build::default()
        },
        Err(err) => Build {
            failure: Some(format!("{err:#}")),
            ..Build::default()
        },
    }
}

fn first_error(log: &Path) -> String {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let errors: Vec<&str> = text.lines().filter(|l| l.starts_with("error")).collect();
    let count = errors.len();
    match errors.first() {
        Some(first) => format!("{first} ({count} error lines; see {})", log.display()),
        None => measure::tail(&text, 4),
    }
}

fn build_text(build: &Build) -> String {
    if build.ok {
        format!(
            "{:.1} s, {:.0} MiB",
            build.seconds,
            build.peak_kib as f64 / 1024.0
        )
    } else {
        format!(
            "failed: {}",
            build.failure.as_deref().unwrap_or("unknown error")
        )
    }
}

/// One line per spec on stdout.
pub fn print_line(result: &CorpusResult) {
    if let Some(failure) = &result.failure {
        println!("{:<24} failed: {failure}", result.label);
        return;
    }
    let feature = result
        .feature
        .as_ref()
        .map_or("no tag features".into(), |(f, b)| {
            format!("feature `{f}` alone {}", build_text(b))
        });
    println!(
        "{:<24} {} ops, {} types, {} lines; whole crate {}; {feature}",
        result.label,
        result.operations,
        result.types,
        result.lines,
        build_text(&result.whole)
    );
    if let Some(og) = &result.og_build {
        println!(
            "{:<24} openapi-generator: {} models, {} lines; whole crate {}",
            "",
            result.og_models.unwrap_or(0),
            result.og_lines.unwrap_or(0),
            build_text(og)
        );
    }
}

/// The part's table in Markdown.
pub fn markdown(results: &[CorpusResult]) -> String {
    let mut out = String::from(
        "| spec | operations | types (paygen) | lines (paygen) | whole crate: debug build, peak memory | largest tag alone | openapi-generator: models, lines, whole crate |\n|---|---|---|---|---|---|---|\n",
    );
    for r in results {
        if let Some(failure) = &r.failure {
            out.push_str(&format!("| {} | failed: {failure} | | | | | |\n", r.label));
            continue;
        }
        let feature = r
            .feature
            .as_ref()
            .map_or("–".into(), |(f, b)| format!("`{f}`: {}", build_text(b)));
        let og = match &r.og_build {
            Some(b) => format!(
                "{} models, {} lines, {}",
                r.og_models.unwrap_or(0),
                r.og_lines.unwrap_or(0),
                build_text(b)
            ),
            None => "not run".into(),
        };
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {feature} | {og} |\n",
            r.label,
            r.operations,
            r.types,
            r.lines,
            build_text(&r.whole)
        ));
    }
    out
}
