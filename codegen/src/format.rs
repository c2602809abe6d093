//! rustfmt over the generated Rust files.
//!
//! prettyplease gives readable code fast, but its layout differs from rustfmt's in places; the
//! committed crates must pass `cargo fmt --check`, so rustfmt has the last word.
//!
//! rustfmt is most of the generation time, so it only sees files it has not formatted before:
//! a content-addressed cache maps the hash of a file's unformatted text to its formatted text.
//! A regeneration after a one-schema change formats one file. Files are named one by one with
//! `skip_children` (walking the module tree from `lib.rs` is superlinear in the number of files)
//! and split over one rustfmt process per core.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Bump when the formatting command changes, so old cache entries are not reused.
const CACHE_FORMAT: &str = "rustfmt-2024-v1";

/// Formats every `.rs` file in place (in memory); `cache`, when given, is a folder that keeps
/// formatted texts between runs.
pub fn rustfmt(files: &mut BTreeMap<String, String>, cache: Option<&Path>) -> Result<(), String> {
    let program = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    format_with(&program, files, cache)
}

fn format_with(
    program: &std::ffi::OsStr,
    files: &mut BTreeMap<String, String>,
    cache: Option<&Path>,
) -> Result<(), String> {
    let mut misses: Vec<String> = Vec::new();
    for (path, text) in files.iter_mut().filter(|(p, _)| p.ends_with(".rs")) {
        match cache.and_then(|dir| std::fs::read_to_string(entry(dir, text)).ok()) {
            Some(formatted) => *text = formatted,
            None => misses.push(path.clone()),
        }
    }
    if misses.is_empty() {
        return Ok(());
    }
    let originals: Vec<String> = misses.iter().map(|p| files[p].clone()).collect();
    let dir = scratch_dir();
    let result = format_in(program, &dir, files, &misses);
    let _ = std::fs::remove_dir_all(&dir);
    result?;
    if let Some(cache) = cache {
        // A cache that cannot be written only costs time on the next run.
        if std::fs::create_dir_all(cache).is_ok() {
            for (path, original) in misses.iter().zip(&originals) {
                let target = entry(cache, original);
                let staging = target.with_extension(format!("tmp{}", std::process::id()));
                if std::fs::write(&staging, &files[path]).is_ok() {
                    let _ = std::fs::rename(&staging, &target);
                }
            }
        }
    }
    Ok(())
}

/// Cache file for an unformatted text: a 128-bit hash from two FNV-1a passes (stable across
/// Rust versions, unlike `DefaultHasher`).
fn entry(dir: &Path, text: &str) -> PathBuf {
    let hash = |seed: u64| {
        let mut h = seed;
        for b in CACHE_FORMAT.bytes().chain(text.bytes()) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h
    };
    dir.join(format!(
        "{:016x}{:016x}.rs",
        hash(0xcbf2_9ce4_8422_2325),
        hash(0x6c62_272e_07bb_0142)
    ))
}

fn scratch_dir() -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    std::env::temp_dir().join(format!("paygen-fmt-{}-{n}", std::process::id()))
}

fn format_in(
    rustfmt: &std::ffi::OsStr,
    dir: &Path,
    files: &mut BTreeMap<String, String>,
    paths: &[String],
) -> Result<(), String> {
    for path in paths {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&target, &files[path])
            .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
    }
    let jobs = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, paths.len());
    let mut children = Vec::new();
    for chunk in paths.chunks(paths.len().div_ceil(jobs)) {
        let child = Command::new(rustfmt)
            .args(["--edition", "2024", "--config", "skip_children=true"])
            .args(chunk.iter().map(|p| dir.join(p)))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .map_err(|e| {
                format!("cannot run rustfmt ({e}); install it with `rustup component add rustfmt`")
            })?;
        children.push(child);
    }
    let mut failure = None;
    for child in children {
        let output = child
            .wait_with_output()
            .map_err(|e| format!("rustfmt did not finish: {e}"))?;
        if !output.status.success() {
            failure = Some(format!(
                "rustfmt rejected the generated code: {}",
                String::from_utf8_lossy(&output.stderr)
            ));
        }
    }
    if let Some(message) = failure {
        return Err(message);
    }
    for path in paths {
        let formatted = std::fs::read_to_string(dir.join(path))
            .map_err(|e| format!("cannot read back {path}: {e}"))?;
        files.insert(path.clone(), formatted);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn crate_files() -> BTreeMap<String, String> {
        BTreeMap::from([
            (
                "src/lib.rs".to_string(),
                "pub mod a;\npub fn f( x:u8)->u8{x}\n".to_string(),
            ),
            (
                "src/a.rs".to_string(),
                "pub struct   S { pub x : u8 }\n".to_string(),
            ),
            ("Cargo.toml".to_string(), "[package]   \n".to_string()),
        ])
    }

    #[test]
    fn formats_rust_files_only() {
        let mut files = crate_files();
        rustfmt(&mut files, None).unwrap();
        assert_eq!(
            files["src/lib.rs"],
            "pub mod a;\npub fn f(x: u8) -> u8 {\n    x\n}\n"
        );
        assert_eq!(files["src/a.rs"], "pub struct S {\n    pub x: u8,\n}\n");
        assert_eq!(
            files["Cargo.toml"], "[package]   \n",
            "non-Rust files are left alone"
        );
    }

    #[test]
    fn the_cache_answers_without_rustfmt() {
        let cache = scratch_dir();
        let mut first = crate_files();
        rustfmt(&mut first, Some(&cache)).unwrap();
        assert_eq!(
            std::fs::read_dir(&cache).unwrap().count(),
            2,
            "one entry per Rust file"
        );
        // A second run with no rustfmt at all must be served from the cache alone.
        let mut second = crate_files();
        format_with("/nonexistent/rustfmt".as_ref(), &mut second, Some(&cache)).unwrap();
        let mut third = crate_files();
        third.insert("src/b.rs".into(), "pub fn g(){}\n".into());
        assert!(
            format_with("/nonexistent/rustfmt".as_ref(), &mut third, None).is_err(),
            "a miss needs rustfmt"
        );
        assert_eq!(first, second);
        let _ = std::fs::remove_dir_all(&cache);
    }
}
