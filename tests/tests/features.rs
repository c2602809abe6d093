//! Each tag feature of each vendor crate compiles alone, and so does the crate with no tag
//! feature at all: a feature brings in exactly the models its operations reach, so a model it
//! misses, or a client item it needs that is gated away, fails here. Every build is
//! `cargo check --no-default-features` with warnings denied (the runtime needs no TLS feature to
//! build). All share `target/corpus-check` with the corpus test (same `RUSTFLAGS`), so the
//! dependencies are built once.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use paygen_tests::root;

/// Features every generated crate defines besides its tags.
const NOT_TAGS: &[&str] = &[
    "default",
    "rustls",
    "native-tls",
    "serialize",
    "deserialize",
];

/// The tag features a crate's manifest defines, in manifest order.
fn tag_features(manifest: &str) -> Vec<String> {
    let section = manifest
        .split("[features]")
        .nth(1)
        .and_then(|rest| rest.split("\n[").next())
        .expect("a generated manifest has a [features] table");
    section
        .lines()
        .filter_map(|line| line.strip_suffix(" = []"))
        .filter(|name| !NOT_TAGS.contains(name))
        .map(String::from)
        .collect()
}

fn check(vendor: &str) {
    let dir = root().join("generated").join(vendor);
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap();
    let features = tag_features(&manifest);
    assert!(!features.is_empty(), "{vendor}: no tag features");
    // Every tag feature is on by default, so depending on the crate works as before.
    let default = manifest
        .lines()
        .find(|l| l.starts_with("default = "))
        .expect("a default feature list");
    for feature in &features {
        assert!(
            default.contains(&format!("\"{feature}\"")),
            "{vendor}: `{feature}` is not a default feature: {default}"
        );
    }
    let started = Instant::now();
    cargo_check(vendor, &dir, None);
    for feature in &features {
        cargo_check(vendor, &dir, Some(feature));
    }
    eprintln!(
        "{vendor}: {} tag features and none, each alone, checked in {:.1} s",
        features.len(),
        started.elapsed().as_secs_f64()
    );
}

fn cargo_check(vendor: &str, dir: &Path, feature: Option<&str>) {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let target: PathBuf = root().join("target/corpus-check");
    let mut command = Command::new(cargo);
    command
        .args([
            "check",
            "--quiet",
            "--message-format",
            "short",
            "--no-default-features",
        ])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", &target)
        .env("RUSTFLAGS", "-D warnings");
    if let Some(feature) = feature {
        command.args(["--features", feature]);
    }
    let output = command.output().expect("cargo runs");
    assert!(
        output.status.success(),
        "{vendor}: `cargo check --no-default-features{}` fails:\n{}",
        feature.map_or(String::new(), |f| format!(" --features {f}")),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn arise_features_compile_alone() {
    check("arise");
}

#[test]
fn aurpay_features_compile_alone() {
    check("aurpay");
}

#[test]
fn raise_features_compile_alone() {
    check("raise");
}

#[test]
fn rise_crm_features_compile_alone() {
    check("rise-crm");
}

#[test]
fn sdk_finance_features_compile_alone() {
    check("sdk-finance");
}

#[test]
fn tag_features_are_read_from_the_manifest() {
    let manifest = "[features]\ndefault = [\"rustls\", \"a\"]\nrustls = [\"x/rustls\"]\n\
                    serialize = []\n# Operations tagged `A`.\na = []\nb-c = []\n\n[dependencies]\nd = []\n";
    assert_eq!(tag_features(manifest), ["a", "b-c"]);
}
