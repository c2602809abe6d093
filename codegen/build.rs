//! Fingerprints the toolchain and the locked dependency versions for the format cache: a cached
//! rustfmt output is only valid for the rustc/rustfmt and prettyplease that produced it.

use std::path::Path;

fn main() {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let version = std::process::Command::new(rustc)
        .arg("--version")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    println!("cargo:rustc-env=PAYGEN_RUSTC_VERSION={version}");

    // The workspace lock pins prettyplease; outside the workspace there is none to read.
    let lock =
        Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join("../Cargo.lock");
    println!("cargo:rerun-if-changed={}", lock.display());
    println!("cargo:rerun-if-changed=build.rs");
    let locked = std::fs::read_to_string(&lock)
        .ok()
        .and_then(|text| {
            let start = text.find("name = \"prettyplease\"")?;
            text[start..].lines().nth(1).map(|l| l.trim().to_string())
        })
        .unwrap_or_default();
    println!("cargo:rustc-env=PAYGEN_PRETTYPLEASE={locked}");
}
