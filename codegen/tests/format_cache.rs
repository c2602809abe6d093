//! The format cache: a regeneration hands rustfmt only the files whose tokens changed (the
//! pieces of them the layout printer leaves), and the files it takes from the cache are exactly
//! what a run without it makes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn options(cache: &Path) -> paygen_codegen::Options {
    paygen_codegen::Options {
        crate_name: "operations-client".into(),
        runtime: paygen_codegen::RuntimeDependency::Path("../runtime".into()),
        rustfmt: true,
        layout: true,
        format_cache: Some(cache.to_path_buf()),
    }
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("paygen-cache-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn generate(spec: &str, cache: &Path) -> BTreeMap<String, String> {
    paygen_codegen::generate_str(spec, Path::new("operations.yaml"), &options(cache))
        .expect("the fixture generates")
        .files
}

/// The line the formatter puts between two files it sends rustfmt in one run.
const SEPARATOR: &str = "fn __paygen_file_boundary() {}";

/// What the logging rustfmt was given since the log was last emptied: the number of files
/// (each run reads files joined by separator lines from stdin) and their text.
fn formatted_files(log: &Path) -> (usize, String) {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    std::fs::write(log, "").unwrap();
    let runs: Vec<&str> = text.split_terminator("@@end of run\n").collect();
    let files = runs
        .iter()
        .map(|run| run.matches(SEPARATOR).count() + 1)
        .sum();
    (files, text)
}

#[test]
fn only_changed_files_reach_rustfmt_and_hits_equal_rustfmt_output() {
    let spec_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/operations.yaml");
    let spec = std::fs::read_to_string(&spec_path).unwrap();
    let dir = scratch("run");
    let log = dir.join("rustfmt.log");
    let wrapper = dir.join("rustfmt-logging");
    std::fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\ntee -a '{log}' | rustfmt \"$@\"\necho '@@end of run' >> '{log}'\n",
            log = log.display()
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    // This test binary holds this one test, so no other thread reads the environment.
    unsafe { std::env::set_var("RUSTFMT", &wrapper) };

    let cache = dir.join("cache");
    let uncached = scratch("none");
    let first = generate(&spec, &cache);
    let all_rust: Vec<String> = first
        .keys()
        .filter(|p| p.ends_with(".rs"))
        .cloned()
        .collect();
    let (pieces, _) = formatted_files(&log);
    assert!(
        pieces > 0 && pieces < all_rust.len(),
        "an empty cache formats what the layout printer leaves: {pieces} of {} files",
        all_rust.len()
    );

    let second = generate(&spec, &cache);
    assert_eq!(second, first, "a filled cache gives the same crate");
    assert_eq!(formatted_files(&log).0, 0, "a filled cache runs no rustfmt");

    // One operation's summary changes: only its tag's module has new tokens.
    let changed = spec.replacen("summary: Create an order", "summary: Place an order", 1);
    assert_ne!(changed, spec, "the fixture has the summary this test edits");
    let third = generate(&changed, &cache);
    let (count, text) = formatted_files(&log);
    let module = third
        .keys()
        .find(|path| path.ends_with(".rs") && third[*path].contains("Place an order"))
        .expect("a module documents the operation");
    assert!(
        count > 0 && count < pieces,
        "fewer pieces reach rustfmt than at first ({count} of {pieces}): {text}"
    );
    for head in text
        .lines()
        .filter(|line| line.starts_with("impl") || line.starts_with("pub struct"))
    {
        assert!(
            third[module].contains(head),
            "only pieces of {module} reach rustfmt, not `{head}`"
        );
    }
    // The cached and re-formatted files are what a run without a cache makes.
    let fresh = paygen_codegen::generate_str(
        &changed,
        Path::new("operations.yaml"),
        &paygen_codegen::Options {
            format_cache: None,
            ..options(&uncached)
        },
    )
    .unwrap()
    .files;
    assert_eq!(third, fresh);
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&uncached);
}
