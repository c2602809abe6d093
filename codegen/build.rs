//! Records the sysroot of the toolchain building the generator: its rustfmt is called directly,
//! since the rustup proxy on PATH costs about 8 ms on every rustfmt process.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let sysroot = std::process::Command::new(rustc)
        .args(["--print", "sysroot"])
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    println!("cargo:rustc-env=PAYGEN_SYSROOT={sysroot}");
}
