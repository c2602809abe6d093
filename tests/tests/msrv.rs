//! The generated crates declare `rust-version = "1.85"`. Only one toolchain can be installed
//! here, so the declaration is checked in the ways that need no second toolchain:
//!
//! - this test: cargo's MSRV-aware resolver (`resolver = "3"`, which falls back to versions
//!   that support the members' `rust-version`) finds, for a generated crate, a version of every
//!   dependency that supports 1.85, and the crate builds against exactly those older versions;
//! - clippy's `incompatible_msrv` lint, on in `cargo xtask test`'s clippy run over the workspace
//!   (runtime and generated crates), rejects standard-library APIs newer than the MSRV.
//!
//! Language features newer than 1.85 are caught by neither; the README says so.

use std::path::Path;
use std::process::Command;

use paygen_codegen::{Options, RuntimeDependency};
use paygen_tests::root;

const MSRV: (u64, u64) = (1, 85);

#[test]
fn generated_crate_resolves_and_builds_with_dependencies_that_support_the_msrv() {
    let dir = root().join("target/msrv");
    if dir.exists() {
        std::fs::remove_dir_all(&dir).unwrap();
    }
    let options = Options {
        crate_name: "raise-client".into(),
        runtime: RuntimeDependency::Path("../../../runtime".into()),
        rustfmt: false,
    };
    let generated = paygen_codegen::generate(&root().join("specs/raise.yaml"), &options)
        .unwrap_or_else(|d| panic!("raise failed:\n{d}"));
    assert!(
        generated.files["Cargo.toml"]
            .contains(&format!("rust-version = \"{}.{}\"", MSRV.0, MSRV.1)),
        "the generated manifest declares another MSRV"
    );
    for (path, contents) in &generated.files {
        let path = dir.join("raise").join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, contents).unwrap();
    }
    std::fs::write(
        dir.join("Cargo.toml"),
        "[workspace]\nmembers = [\"raise\"]\nresolver = \"3\"\n",
    )
    .unwrap();

    cargo(&dir, &["generate-lockfile"]);
    let metadata = cargo(&dir, &["metadata", "--format-version", "1", "--locked"]);
    let metadata: serde_json::Value = serde_json::from_str(&metadata).expect("cargo metadata JSON");
    let packages = metadata["packages"].as_array().expect("packages");
    // Every package of the lock counts, optional (native-tls) and per-platform ones included.
    let too_new: Vec<String> = packages
        .iter()
        .filter_map(|p| {
            let version = p["rust_version"].as_str()?;
            (parse_version(version) > MSRV).then(|| {
                format!(
                    "{} {} needs Rust {version}",
                    p["name"].as_str().unwrap_or("?"),
                    p["version"].as_str().unwrap_or("?")
                )
            })
        })
        .collect();
    assert!(
        packages.len() > 50,
        "the lock holds only {} packages",
        packages.len()
    );
    assert!(
        too_new.is_empty(),
        "no dependency versions that support Rust {}.{}:\n{}",
        MSRV.0,
        MSRV.1,
        too_new.join("\n")
    );

    // The crate must build against the older versions the resolver chose, not only the newest.
    cargo(&dir, &["check", "--locked", "--quiet"]);
}

fn parse_version(text: &str) -> (u64, u64) {
    let mut parts = text.split('.').map(|p| p.parse::<u64>().unwrap_or(0));
    (parts.next().unwrap_or(0), parts.next().unwrap_or(0))
}

/// Runs cargo in `dir` with a target folder of its own (no wait on the outer cargo's lock);
/// returns stdout, panics with stderr on failure.
fn cargo(dir: &Path, args: &[&str]) -> String {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .args(args)
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", root().join("target/msrv-target"))
        .output()
        .expect("cargo runs");
    assert!(
        output.status.success(),
        "cargo {} failed in {}:\n{}",
        args.join(" "),
        dir.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("cargo prints UTF-8")
}
