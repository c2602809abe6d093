//! rustfmt over the generated Rust files.
//!
//! prettyplease gives readable code fast, but its layout differs from rustfmt's in places; the
//! committed crates must pass `cargo fmt --check`, so rustfmt has the last word.
//!
//! rustfmt is most of the generation time, so it only sees files it has not formatted before:
//! a content-addressed [`Cache`] maps the hash of the tokens a file is printed from to its
//! formatted text. A hit skips pretty-printing as well as rustfmt, so a regeneration after a
//! one-schema change prints and formats one file. Files are named one by one with
//! `skip_children` (walking the module tree from `lib.rs` is superlinear in the number of files)
//! and split over one rustfmt process per core.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// What the formatted text depends on besides the tokens: the rustfmt command (bump the first
/// line when it changes), the toolchain (rustfmt ships with it) and the prettyplease that printed
/// the text rustfmt saw.
const FINGERPRINT: &str = concat!(
    "rustfmt-2024-v2\n",
    env!("PAYGEN_RUSTC_VERSION"),
    "\n",
    env!("PAYGEN_PRETTYPLEASE"),
    "\n"
);

/// Formatted files kept between runs in a folder, keyed by the text of the tokens they were
/// printed from. A cache that cannot be read or written only costs time.
#[derive(Clone, Debug)]
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    /// A cache in `dir` (created on first store).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Cache { dir: dir.into() }
    }

    /// The formatted text stored for `source`, if any.
    pub fn get(&self, source: &str) -> Option<String> {
        std::fs::read_to_string(self.entry(source)).ok()
    }

    /// Stores `formatted` for `source`; written to a staging file and renamed, so concurrent
    /// generators never read half an entry.
    pub fn put(&self, source: &str, formatted: &str) {
        if std::fs::create_dir_all(&self.dir).is_err() {
            return;
        }
        let target = self.entry(source);
        let staging = target.with_extension(format!(
            "tmp{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        if std::fs::write(&staging, formatted).is_ok() {
            let _ = std::fs::rename(&staging, &target);
        }
    }

    /// Cache file for a source: a 128-bit hash from two FNV-1a passes (stable across Rust
    /// versions, unlike `DefaultHasher`).
    fn entry(&self, source: &str) -> PathBuf {
        let hash = |seed: u64| {
            let mut h = seed;
            for b in FINGERPRINT.bytes().chain(source.bytes()) {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
            h
        };
        self.dir.join(format!(
            "{:016x}{:016x}.rs",
            hash(0xcbf2_9ce4_8422_2325),
            hash(0x6c62_272e_07bb_0142)
        ))
    }
}

/// A Rust file rustfmt still has to see, and the cache key (its tokens' text) to store the
/// result under.
#[derive(Clone, Debug)]
pub struct Pending {
    /// Path of the file in the crate.
    pub path: String,
    /// Text of the tokens the file was printed from; `None` when no cache is used.
    pub source: Option<String>,
}

/// Formats the `pending` files in place (in memory) and stores them in `cache`.
pub fn rustfmt(
    files: &mut BTreeMap<String, String>,
    pending: &[Pending],
    cache: Option<&Cache>,
) -> Result<(), String> {
    let program = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    format_with(&program, files, pending, cache)
}

fn format_with(
    program: &std::ffi::OsStr,
    files: &mut BTreeMap<String, String>,
    pending: &[Pending],
    cache: Option<&Cache>,
) -> Result<(), String> {
    if pending.is_empty() {
        return Ok(());
    }
    let paths: Vec<String> = pending.iter().map(|p| p.path.clone()).collect();
    let dir = scratch_dir();
    let result = format_in(program, &dir, files, &paths);
    let _ = std::fs::remove_dir_all(&dir);
    result?;
    if let Some(cache) = cache {
        for file in pending {
            if let Some(source) = &file.source {
                cache.put(source, &files[&file.path]);
            }
        }
    }
    Ok(())
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
    for chunk in balanced_chunks(files, paths, jobs) {
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

/// Splits `paths` into `jobs` lists of about equal bytes, largest files first, so no rustfmt
/// process is left with all the big files (sorted by path, the operation modules, several times
/// larger than the model files, would all land in the last list).
fn balanced_chunks<'p>(
    files: &BTreeMap<String, String>,
    paths: &'p [String],
    jobs: usize,
) -> Vec<Vec<&'p String>> {
    let mut by_size: Vec<&String> = paths.iter().collect();
    by_size.sort_by_key(|p| std::cmp::Reverse(files[*p].len()));
    let mut chunks: Vec<(usize, Vec<&String>)> = vec![(0, Vec::new()); jobs];
    for path in by_size {
        let lightest = chunks
            .iter_mut()
            .min_by_key(|(bytes, _)| *bytes)
            .expect("at least one job");
        lightest.0 += files[path].len();
        lightest.1.push(path);
    }
    chunks
        .into_iter()
        .map(|(_, chunk)| chunk)
        .filter(|chunk| !chunk.is_empty())
        .collect()
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

    fn pending(paths: &[&str]) -> Vec<Pending> {
        paths
            .iter()
            .map(|p| Pending {
                path: p.to_string(),
                source: Some(format!("tokens of {p}")),
            })
            .collect()
    }

    #[test]
    fn formats_the_pending_files_only() {
        let mut files = crate_files();
        rustfmt(&mut files, &pending(&["src/lib.rs"]), None).unwrap();
        assert_eq!(
            files["src/lib.rs"],
            "pub mod a;\npub fn f(x: u8) -> u8 {\n    x\n}\n"
        );
        assert_eq!(
            files["src/a.rs"], "pub struct   S { pub x : u8 }\n",
            "a file that is not pending (a cache hit) is left alone"
        );
        assert_eq!(files["Cargo.toml"], "[package]   \n");
    }

    #[test]
    fn rustfmt_processes_get_about_equal_bytes() {
        let files: BTreeMap<String, String> = [("a", 10), ("b", 10), ("c", 10), ("d", 30)]
            .into_iter()
            .map(|(p, n)| (p.to_string(), "x".repeat(n)))
            .collect();
        let paths: Vec<String> = files.keys().cloned().collect();
        let chunks = balanced_chunks(&files, &paths, 2);
        let bytes: Vec<usize> = chunks
            .iter()
            .map(|c| c.iter().map(|p| files[*p].len()).sum())
            .collect();
        assert_eq!(bytes, [30, 30], "{chunks:?}");
        assert_eq!(
            balanced_chunks(&files, &paths, 8).len(),
            4,
            "no empty rustfmt runs"
        );
    }

    #[test]
    fn formatted_files_are_stored_under_their_source() {
        let cache = Cache::new(scratch_dir());
        let mut files = crate_files();
        rustfmt(
            &mut files,
            &pending(&["src/lib.rs", "src/a.rs"]),
            Some(&cache),
        )
        .unwrap();
        assert_eq!(
            cache.get("tokens of src/a.rs").as_deref(),
            Some("pub struct S {\n    pub x: u8,\n}\n")
        );
        assert_eq!(
            cache.get("tokens of src/lib.rs"),
            Some(files["src/lib.rs"].clone())
        );
        assert_eq!(cache.get("tokens of something else"), None);
        // Without a source there is nothing to key the entry by.
        let mut again = crate_files();
        let unkeyed = [Pending {
            path: "src/a.rs".into(),
            source: None,
        }];
        format_with(
            "/nonexistent/rustfmt".as_ref(),
            &mut again,
            &[],
            Some(&cache),
        )
        .unwrap();
        assert!(
            format_with("/nonexistent/rustfmt".as_ref(), &mut again, &unkeyed, None).is_err(),
            "a pending file needs rustfmt"
        );
        let _ = std::fs::remove_dir_all(&cache.dir);
    }
}
