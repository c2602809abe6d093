//! Fingerprints the toolchain, the prettyplease version and the layout printer for the format
//! cache: a cached file is only valid for the rustc/rustfmt, prettyplease and `src/layout` that
//! produced it. Also records the toolchain's sysroot, where its rustfmt is.

use std::path::Path;

fn main() {
    let version = rustc(&["--version"]);
    println!("cargo:rustc-env=PAYGEN_RUSTC_VERSION={version}");

    // rustfmt is called from this toolchain's sysroot, not through the rustup proxy on PATH.
    let sysroot = rustc(&["--print", "sysroot"]);
    println!("cargo:rustc-env=PAYGEN_SYSROOT={sysroot}");

    // prettyplease is pinned exactly in the manifest, whichever workspace (the SDK's or
    // xtask's) builds this crate.
    let manifest =
        Path::new(&std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default()).join("Cargo.toml");
    println!("cargo:rerun-if-changed={}", manifest.display());
    println!("cargo:rerun-if-changed=build.rs");
    let pinned = std::fs::read_to_string(&manifest)
        .ok()
        .and_then(|text| {
            text.lines()
                .find(|l| l.starts_with("prettyplease = "))
                .map(|l| l.trim().to_string())
        })
        .unwrap_or_default();
    println!("cargo:rustc-env=PAYGEN_PRETTYPLEASE={pinned}");

    // The cache also keeps files the layout printer wrote: any edit to it invalidates them.
    println!("cargo:rerun-if-changed=src/layout");
    println!("cargo:rustc-env=PAYGEN_LAYOUT={:016x}", layout_hash());
}

/// FNV-1a over the layout printer's sources, in name order.
fn layout_hash() -> u64 {
    let mut files: Vec<_> = std::fs::read_dir("src/layout")
        .map(|dir| dir.flatten().map(|entry| entry.path()).collect())
        .unwrap_or_default();
    files.sort();
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    for file in files {
        for byte in std::fs::read(&file).unwrap_or_default() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// What the compiling rustc prints for `args`, trimmed; empty if it cannot be run.
fn rustc(args: &[&str]) -> String {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    std::process::Command::new(rustc)
        .args(args)
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default()
}
