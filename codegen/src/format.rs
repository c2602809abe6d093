//! rustfmt over the Rust files the writers in `render` are not sure of.
//!
//! The files are split over one rustfmt process per core, and each process gets its files as
//! one text on stdin, joined by a separator item and split again afterwards: rustfmt spends
//! about 0.4 ms on every file it is given apart from the formatting itself, which was half of
//! its time on a crate of 1,600 small files. The separator is an item, so nothing (imports,
//! `mod` declarations, blank lines) is reordered or merged across it, and a file formats as it
//! would alone. A file with inner attributes or inner doc comments, which must open a file,
//! opens a bundle. Bundles are capped in size, since rustfmt holds a whole one in memory. When
//! rustfmt rejects a bundle, its files are formatted one by one so the error names the file.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// The line between two files of a bundle.
const SEPARATOR: &str = "fn __paygen_file_boundary() {}";

/// The rustfmt command line: the edition of the generated crates, and only the files given
/// (not the modules they declare).
const RUSTFMT_ARGS: [&str; 4] = ["--edition", "2024", "--config", "skip_children=true"];

/// Formats the files at `paths` in place (in memory).
pub fn rustfmt(files: &mut BTreeMap<String, String>, paths: &[String]) -> Result<(), String> {
    if paths.is_empty() {
        return Ok(());
    }
    let program = std::env::var_os("RUSTFMT").unwrap_or_else(toolchain_rustfmt);
    let dir = scratch_dir();
    let result = format_in(&program, &dir, files, paths);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// The rustfmt of the toolchain that built the generator, called directly: the rustup proxy on PATH costs about 8 ms on every process. `rustfmt` from PATH
/// when the toolchain has none.
fn toolchain_rustfmt() -> std::ffi::OsString {
    let name = if cfg!(windows) {
        "rustfmt.exe"
    } else {
        "rustfmt"
    };
    let direct = Path::new(env!("PAYGEN_SYSROOT")).join("bin").join(name);
    if direct.is_file() {
        direct.into_os_string()
    } else {
        "rustfmt".into()
    }
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
    let jobs = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, paths.len());
    // One thread per job, formatting its bundles one after the other.
    let per_job: Vec<Vec<Vec<&String>>> = balanced_chunks(files, paths, jobs)
        .into_iter()
        .map(|chunk| bundles(files, chunk))
        .collect();
    let shared: &BTreeMap<String, String> = files;
    let per_job_results: Result<Vec<Vec<BundleResult>>, String> = std::thread::scope(|scope| {
        let running: Vec<_> = per_job
            .iter()
            .map(|job| {
                scope.spawn(move || {
                    job.iter()
                        .map(|bundle| format_bundle(rustfmt, shared, bundle))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        running
            .into_iter()
            .map(|thread| {
                thread
                    .join()
                    .map_err(|_| "a rustfmt thread panicked".to_string())
            })
            .collect()
    });
    let results = per_job_results?.into_iter().flatten();
    let all_bundles = per_job.iter().flatten();
    let mut formatted = Vec::new();
    let mut rejected = Vec::new();
    for (bundle, result) in all_bundles.zip(results) {
        match result {
            Ok(texts) => formatted.extend(bundle.iter().map(|p| (*p).clone()).zip(texts)),
            Err(_) => rejected.extend(bundle.iter().map(|p| (*p).clone())),
        }
    }
    if !rejected.is_empty() {
        // Formatted one by one, rustfmt's message names the file at fault.
        format_each_file(rustfmt, dir, files, &rejected)?;
    }
    for (path, text) in formatted {
        files.insert(path, text);
    }
    Ok(())
}

/// The formatted texts of a bundle's files, or why rustfmt refused them.
type BundleResult = Result<Vec<String>, String>;

/// Largest bundle handed to one rustfmt run, in bytes of input: rustfmt holds a whole bundle in
/// memory (about 570 MiB for half of a 10,000-operation crate, 26 MB), and beyond a few
/// megabytes a larger bundle saves nothing measurable.
const MAX_BUNDLE_BYTES: usize = 4 << 20;

/// Groups one job's files into bundles of at most [`MAX_BUNDLE_BYTES`] (a larger file is a
/// bundle of its own). A file with inner attributes must come first: one opens the first bundle,
/// any others get a bundle each.
fn bundles<'p>(files: &BTreeMap<String, String>, chunk: Vec<&'p String>) -> Vec<Vec<&'p String>> {
    let (openers, rest): (Vec<&String>, Vec<&String>) = chunk
        .into_iter()
        .partition(|path| must_open_a_file(&files[*path]));
    let mut done: Vec<Vec<&String>> = openers.iter().skip(1).map(|p| vec![*p]).collect();
    let mut current: Vec<&String> = openers.first().copied().into_iter().collect();
    let mut bytes: usize = current.iter().map(|p| files[*p].len()).sum();
    for path in rest {
        let size = files[path].len();
        if !current.is_empty() && bytes + size > MAX_BUNDLE_BYTES {
            done.push(std::mem::take(&mut current));
            bytes = 0;
        }
        current.push(path);
        bytes += size;
    }
    if !current.is_empty() {
        done.push(current);
    }
    done
}

/// True for a file that opens with inner attributes or inner doc comments (`#![..]`, `//!`),
/// which cannot follow another file in a bundle.
fn must_open_a_file(text: &str) -> bool {
    text.lines().any(|line| {
        let line = line.trim_start();
        line.starts_with("#![") || line.starts_with("//!")
    })
}

/// Formats `bundle`'s files in one rustfmt run on stdin; their formatted texts, in order.
fn format_bundle(
    rustfmt: &std::ffi::OsStr,
    files: &BTreeMap<String, String>,
    bundle: &[&String],
) -> BundleResult {
    let mut input = String::with_capacity(bundle.iter().map(|p| files[*p].len() + 40).sum());
    for (i, path) in bundle.iter().enumerate() {
        if i > 0 {
            input.push_str(SEPARATOR);
            input.push('\n');
        }
        input.push_str(&files[*path]);
        if !input.ends_with('\n') {
            input.push('\n');
        }
    }
    // rustfmt looks for a rustfmt.toml from its working directory up; the temporary directory
    // has none, as for the files it formats on disk.
    let mut child = Command::new(rustfmt)
        .args(RUSTFMT_ARGS)
        .current_dir(std::env::temp_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(cannot_run)?;
    // rustfmt reads all of its input before it writes anything, so this cannot block on a
    // full stdout pipe.
    let written = child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(input.as_bytes());
    let output = child
        .wait_with_output()
        .map_err(|e| format!("rustfmt did not finish: {e}"))?;
    if !output.status.success() || written.is_err() {
        return Err(format!(
            "rustfmt rejected the generated code: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let text = String::from_utf8(output.stdout)
        .map_err(|_| "rustfmt wrote text that is not UTF-8".to_string())?;
    split_bundle(&text, bundle.len()).ok_or_else(|| {
        "rustfmt output could not be split back into files (a file holds the separator line)"
            .to_string()
    })
}

/// Splits formatted bundle text at the separator lines into `count` files, each without
/// blank lines at its start and ending in one newline (an empty one too), as rustfmt leaves a
/// file of its own.
fn split_bundle(text: &str, count: usize) -> Option<Vec<String>> {
    let mut texts = Vec::with_capacity(count);
    let mut current = String::new();
    for line in text.lines() {
        if line == SEPARATOR {
            texts.push(std::mem::take(&mut current));
        } else if !(line.is_empty() && current.is_empty()) {
            current.push_str(line);
            current.push('\n');
        }
    }
    texts.push(current);
    for text in &mut texts {
        text.truncate(text.trim_end_matches('\n').len());
        text.push('\n');
    }
    (texts.len() == count).then_some(texts)
}

fn cannot_run(e: std::io::Error) -> String {
    format!("cannot run rustfmt ({e}); install it with `rustup component add rustfmt`")
}

/// Formats `paths` as files on disk in `dir`, one rustfmt run naming them all.
fn format_each_file(
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
    let output = Command::new(rustfmt)
        .args(RUSTFMT_ARGS)
        .args(paths.iter().map(|p| dir.join(p)))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .map_err(cannot_run)?;
    if !output.status.success() {
        return Err(format!(
            "rustfmt rejected the generated code: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
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

    fn pending(paths: &[&str]) -> Vec<String> {
        paths.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn formats_the_pending_files_only() {
        let mut files = crate_files();
        rustfmt(&mut files, &pending(&["src/lib.rs"])).unwrap();
        assert_eq!(
            files["src/lib.rs"],
            "pub mod a;\npub fn f(x: u8) -> u8 {\n    x\n}\n"
        );
        assert_eq!(
            files["src/a.rs"], "pub struct   S { pub x : u8 }\n",
            "a file that is not pending is left alone"
        );
        assert_eq!(files["Cargo.toml"], "[package]   \n");
    }

    /// Files as rustfmt formats them one at a time.
    fn alone(files: &BTreeMap<String, String>) -> BTreeMap<String, String> {
        let paths: Vec<String> = files.keys().cloned().collect();
        let mut each = files.clone();
        let dir = scratch_dir();
        format_each_file("rustfmt".as_ref(), &dir, &mut each, &paths).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        each
    }

    #[test]
    fn a_bundle_formats_each_file_as_it_would_alone() {
        // Imports and `mod` declarations that rustfmt sorts, blank lines at the edges, an empty
        // file and one without a final newline: nothing may move across a file boundary.
        let files: BTreeMap<String, String> = [
            ("a.rs", "use zeta::Z;\nuse alpha::A;\nmod m2;\nmod m1;\n"),
            ("b.rs", "\n\nuse beta::B;\npub fn f( x:u8)->u8{x}\n\n\n"),
            ("c.rs", ""),
            ("d.rs", "use aaa::A;\npub struct   S { pub x : u8 }"),
            ("e.rs", "/// Doc.\npub enum E{A,B}\nuse first::F;\n"),
        ]
        .into_iter()
        .map(|(p, t)| (p.to_string(), t.to_string()))
        .collect();
        let bundle: Vec<&String> = files.keys().collect();
        let texts = format_bundle("rustfmt".as_ref(), &files, &bundle).unwrap();
        let expected = alone(&files);
        for (path, text) in bundle.iter().zip(&texts) {
            assert_eq!(text, &expected[*path], "{path}");
        }
        assert_eq!(texts[0], "use alpha::A;\nuse zeta::Z;\nmod m1;\nmod m2;\n");
    }

    #[test]
    fn files_with_inner_attributes_open_a_bundle() {
        assert!(must_open_a_file("#![deny(missing_docs)]\npub mod a;\n"));
        assert!(must_open_a_file("//! Module docs.\nfn f() {}\n"));
        assert!(!must_open_a_file("/// Item docs.\nfn f() {}\n"));
        let mut files = BTreeMap::from([
            (
                "lib.rs".to_string(),
                "#![deny(missing_docs)]\n//! Docs.\npub mod a;\n".to_string(),
            ),
            ("a.rs".to_string(), "//! A.\npub fn f( ){}\n".to_string()),
            ("b.rs".to_string(), "pub fn g( ){}\n".to_string()),
        ]);
        let expected = alone(&files);
        let paths: Vec<String> = files.keys().cloned().collect();
        rustfmt(&mut files, &paths).unwrap();
        assert_eq!(files, expected);
    }

    #[test]
    fn bundles_open_with_inner_attributes_and_stay_under_the_size_limit() {
        let big = MAX_BUNDLE_BYTES / 2 + 1;
        let files: BTreeMap<String, String> = [
            ("a.rs", "x".repeat(big)),
            ("b.rs", "x".repeat(big)),
            ("c.rs", "x".repeat(10)),
            ("lib.rs", "#![deny(missing_docs)]\n".to_string()),
            ("m.rs", "//! Docs.\n".to_string()),
        ]
        .into_iter()
        .map(|(p, t)| (p.to_string(), t))
        .collect();
        let chunk: Vec<&String> = files.keys().collect();
        let names = |bundles: Vec<Vec<&String>>| -> Vec<Vec<String>> {
            bundles
                .into_iter()
                .map(|b| b.into_iter().cloned().collect())
                .collect()
        };
        assert_eq!(
            names(bundles(&files, chunk)),
            [vec!["m.rs"], vec!["lib.rs", "a.rs"], vec!["b.rs", "c.rs"]]
        );
    }

    #[test]
    fn rustfmt_is_called_in_the_toolchain_not_through_the_proxy() {
        let program = PathBuf::from(toolchain_rustfmt());
        assert!(
            program.starts_with(env!("PAYGEN_SYSROOT")),
            "{} is not in the sysroot {}",
            program.display(),
            env!("PAYGEN_SYSROOT")
        );
    }

    #[test]
    fn a_rejected_bundle_is_reported_with_the_file_at_fault() {
        let mut files = BTreeMap::from([
            ("good.rs".to_string(), "pub fn f( ){}\n".to_string()),
            ("broken.rs".to_string(), "pub fn g( {\n".to_string()),
            ("other.rs".to_string(), "pub fn h( ){}\n".to_string()),
        ]);
        let error =
            rustfmt(&mut files, &pending(&["good.rs", "broken.rs", "other.rs"])).unwrap_err();
        assert!(error.contains("broken.rs"), "{error}");
        assert_eq!(
            files["broken.rs"], "pub fn g( {\n",
            "nothing half-formatted is kept"
        );
    }

    #[test]
    fn splitting_needs_the_expected_number_of_files() {
        let text = format!("fn a() {{}}\n{SEPARATOR}\nfn b() {{}}\n");
        assert_eq!(
            split_bundle(&text, 2),
            Some(vec!["fn a() {}\n".to_string(), "fn b() {}\n".to_string()])
        );
        assert_eq!(split_bundle(&text, 3), None);
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
}
