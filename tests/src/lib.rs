//! Helpers shared by the workspace-level tests.

use std::path::{Path, PathBuf};

use paygen_codegen::{Generated, Options, RuntimeDependency};

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ is inside the repository")
        .to_path_buf()
}

/// Options as `cargo xtask gen` uses them for a vendor spec.
pub fn vendor_options(vendor: &str) -> Options {
    Options {
        crate_name: format!("{vendor}-client"),
        runtime: RuntimeDependency::Path("../../runtime".into()),
        rustfmt: true,
    }
}

/// Generates a vendor crate in memory, panicking with the diagnostics on failure.
pub fn generate_vendor(vendor: &str) -> Generated {
    let spec = root().join("specs").join(format!("{vendor}.yaml"));
    paygen_codegen::generate(&spec, &vendor_options(vendor))
        .unwrap_or_else(|d| panic!("{vendor} failed:\n{d}"))
}

/// Generates a fixture crate in memory, as `cargo xtask gen` does.
pub fn generate_fixture(name: &str) -> Generated {
    let spec = root().join("tests/fixtures").join(format!("{name}.yaml"));
    let options = Options {
        crate_name: format!("fixture-{name}"),
        runtime: RuntimeDependency::Path("../../../runtime".into()),
        rustfmt: true,
    };
    paygen_codegen::generate(&spec, &options)
        .unwrap_or_else(|d| panic!("fixture {name} failed:\n{d}"))
}

/// All files of a generated crate as one text, each under a `=== path ===` header: the form the
/// snapshots take, so a review shows which file changed.
pub fn concatenate(generated: &Generated) -> String {
    let mut out = String::new();
    for (path, contents) in &generated.files {
        out.push_str(&format!("=== {path} ===\n{contents}\n"));
    }
    out
}

/// `METHOD /path operationId` for every operation of a spec, sorted.
pub fn operation_lines(spec: &Path) -> Vec<String> {
    let (loaded, _) = paygen_codegen::load::load_file(spec).unwrap_or_else(|d| panic!("{d}"));
    let mut lines = Vec::new();
    if let Some(paths) = loaded
        .raw
        .get("paths")
        .and_then(serde_json::Value::as_object)
    {
        for (path, item) in paths {
            for method in [
                "get", "put", "post", "delete", "options", "head", "patch", "trace",
            ] {
                if let Some(op) = item.get(method) {
                    let id = op
                        .get("operationId")
                        .and_then(serde_json::Value::as_str)
                        .unwrap_or("-");
                    lines.push(format!("{} {path} {id}", method.to_uppercase()));
                }
            }
        }
    }
    lines.sort();
    lines
}

/// The vendors, from `specs/`.
pub fn vendors() -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(root().join("specs"))
        .expect("specs/ exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            e.path()
                .file_stem()
                .and_then(|s| s.to_str())
                .map(String::from)
        })
        .collect();
    out.sort();
    out
}

pub mod conformance;
