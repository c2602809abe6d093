//! Compile time of one generated crate alone: dependencies pre-built in a shared target dir,
//! then `src/lib.rs` touched and `cargo build` (debug) timed.
//!
//! Incremental compilation is off (`CARGO_INCREMENTAL=0`), as cargo builds a dependency: with it
//! on (the default for a workspace's own crate), a touch-and-rebuild replays the previous
//! session's cached results instead of compiling the crate, 4-6 times faster than compiling it.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::measure::{self, median};

/// One crate's compile time.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct CompileResult {
    pub tool: String,
    pub label: String,
    pub ok: bool,
    pub failure: Option<String>,
    /// Median of the timed rebuilds, seconds.
    pub seconds: f64,
    pub runs: Vec<f64>,
    pub lines: usize,
}

/// Makes `dir` (a copy of a crate) its own workspace root, so it builds outside any workspace
/// with cargo's default dev profile, whatever folder it is in.
pub fn make_standalone(dir: &Path) -> Result<()> {
    let manifest = dir.join("Cargo.toml");
    let mut text = std::fs::read_to_string(&manifest)
        .with_context(|| format!("cannot read {}", manifest.display()))?;
    if !text.lines().any(|l| l.trim() == "[workspace]") {
        text.push_str(
            "\n# Added by paygen-bench: built alone, outside any workspace.\n[workspace]\n",
        );
        std::fs::write(&manifest, text)?;
    }
    Ok(())
}

/// Copies a committed generated crate (`generated/<vendor>`) to `dest`, pointing its runtime
/// dependency at this checkout's runtime, with the repository's Cargo.lock so the same
/// dependency versions are used.
pub fn copy_ours(root: &Path, vendor_dir: &Path, dest: &Path) -> Result<()> {
    let _ = std::fs::remove_dir_all(dest);
    copy_dir(vendor_dir, dest)?;
    let manifest = dest.join("Cargo.toml");
    let runtime = root.join("runtime").canonicalize()?;
    let text = std::fs::read_to_string(&manifest)?.replace(
        "path = \"../../runtime\"",
        &format!("path = \"{}\"", runtime.display()),
    );
    std::fs::write(&manifest, text)?;
    if root.join("Cargo.lock").exists() {
        std::fs::copy(root.join("Cargo.lock"), dest.join("Cargo.lock"))?;
    }
    make_standalone(dest)
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

fn cargo() -> PathBuf {
    PathBuf::from(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

/// Builds the crate in `dir` once (dependencies and all, untimed), then `timed` times after
/// touching `src/lib.rs`; the timed builds compile only the crate.
pub fn measure_crate(
    tool: &str,
    label: &str,
    dir: &Path,
    target_dir: &Path,
    logs: &Path,
    timed: usize,
) -> CompileResult {
    let mut result = CompileResult {
        tool: tool.into(),
        label: label.into(),
        lines: crate::peers::count_rs_lines(&dir.join("src")),
        ..CompileResult::default()
    };
    let log = logs.join(format!("compile-{tool}-{label}.log").replace(' ', "_"));
    let env = [
        ("CARGO_TARGET_DIR", target_dir),
        ("CARGO_INCREMENTAL", Path::new("0")),
    ];
    match measure::run_logged(&cargo(), &["build", "--quiet"], dir, &log, &env) {
        Ok((true, _)) => {}
        Ok((false, _)) => {
            result.failure = Some(compile_error(&log));
            return result;
        }
        Err(err) => {
            result.failure = Some(format!("{err:#}"));
            return result;
        }
    }
    for _ in 0..timed.max(1) {
        if let Err(err) = touch(&dir.join("src/lib.rs")) {
            result.failure = Some(format!("{err:#}"));
            return result;
        }
        match measure::run_logged(&cargo(), &["build", "--offline"], dir, &log, &env) {
            Ok((true, wall)) => result.runs.push(wall.as_secs_f64()),
            Ok((false, _)) => {
                result.failure = Some(compile_error(&log));
                return result;
            }
            Err(err) => {
                result.failure = Some(format!("{err:#}"));
                return result;
            }
        }
        // Exactly one crate must have been compiled, or dependencies were not pre-built.
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        let compiled = text
            .lines()
            .filter(|l| l.trim_start().starts_with("Compiling "))
            .count();
        if compiled != 1 {
            result.failure = Some(format!(
                "expected the crate alone to compile, cargo compiled {compiled} crates"
            ));
            return result;
        }
    }
    result.ok = true;
    result.seconds = median(&mut result.runs.clone());
    result
}

fn touch(path: &Path) -> Result<()> {
    let file = std::fs::File::options()
        .write(true)
        .open(path)
        .with_context(|| format!("cannot open {}", path.display()))?;
    file.set_modified(SystemTime::now())?;
    Ok(())
}

fn compile_error(log: &Path) -> String {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let errors: Vec<&str> = text.lines().filter(|l| l.starts_with("error")).collect();
    if errors.is_empty() {
        return measure::tail(&text, 4);
    }
    let count = errors
        .iter()
        .filter(|l| l.starts_with("error[") || l.starts_with("error:"))
        .count();
    let first: Vec<&str> = errors.iter().take(3).copied().collect();
    format!(
        "{} ({} error lines; see {})",
        first.join(" "),
        count,
        log.display()
    )
}
