//! rustfmt over the generated Rust files, in one process per crate.
//!
//! prettyplease gives readable code fast, but its layout differs from rustfmt's in places; the
//! committed crates must pass `cargo fmt --check`, so rustfmt has the last word.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// Formats every `src/**.rs` file in place (in memory).
pub fn rustfmt(files: &mut BTreeMap<String, String>) -> Result<(), String> {
    let dir = scratch_dir();
    let result = format_in(&dir, files);
    let _ = std::fs::remove_dir_all(&dir);
    result
}

fn scratch_dir() -> PathBuf {
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    std::env::temp_dir().join(format!("paygen-fmt-{}-{n}", std::process::id()))
}

fn format_in(dir: &std::path::Path, files: &mut BTreeMap<String, String>) -> Result<(), String> {
    let rust_files: Vec<String> = files
        .keys()
        .filter(|p| p.ends_with(".rs"))
        .cloned()
        .collect();
    for path in &rust_files {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(&target, &files[path])
            .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
    }
    let rustfmt = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    // lib.rs pulls in every module, so one call formats the whole crate.
    let output = Command::new(&rustfmt)
        .arg("--edition")
        .arg("2024")
        .arg(dir.join("src/lib.rs"))
        .output()
        .map_err(|e| {
            format!("cannot run rustfmt ({e}); install it with `rustup component add rustfmt`")
        })?;
    if !output.status.success() {
        return Err(format!(
            "rustfmt rejected the generated code: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    for path in rust_files {
        let formatted = std::fs::read_to_string(dir.join(&path))
            .map_err(|e| format!("cannot read back {path}: {e}"))?;
        files.insert(path, formatted);
    }
    Ok(())
}
