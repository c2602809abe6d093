//! The generated crates' default build pulls in no OpenSSL: TLS is rustls.

use std::process::Command;

#[test]
fn default_build_of_generated_crates_has_no_openssl() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    for vendor in paygen_tests::vendors() {
        let output = Command::new(&cargo)
            .args([
                "tree",
                "--offline",
                "-e",
                "normal",
                "-p",
                &format!("{vendor}-client"),
            ])
            .current_dir(paygen_tests::root())
            .output()
            .expect("cargo tree runs");
        assert!(
            output.status.success(),
            "cargo tree failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let tree = String::from_utf8_lossy(&output.stdout);
        assert!(
            tree.contains("rustls"),
            "{vendor}-client: rustls expected in the default build"
        );
        assert!(
            !tree.contains("openssl"),
            "{vendor}-client: OpenSSL in the default build:\n{tree}"
        );
    }
}

/// The `native-tls` feature builds without rustls (checked on one crate: every generated
/// manifest declares the features the same way, from one template).
#[test]
fn native_tls_feature_builds_without_rustls() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let flags = [
        "--no-default-features",
        "--features",
        "native-tls",
        "-p",
        "raise-client",
    ];
    // Not `--offline`: on a fresh machine the native-tls crates have not been downloaded yet.
    let output = Command::new(&cargo)
        .args(["tree", "-e", "normal"])
        .args(flags)
        .current_dir(paygen_tests::root())
        .output()
        .expect("cargo tree runs");
    let tree = String::from_utf8_lossy(&output.stdout);
    assert!(
        tree.contains("native-tls"),
        "native-tls expected:\n{tree}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    // `rustls-pki-types` (shared TLS types) is fine; the rustls implementation is not.
    assert!(
        !tree.contains(" rustls v"),
        "rustls must not be built with native-tls only:\n{tree}"
    );
    // A target folder of its own: this build does not wait for the outer cargo's lock.
    let status = Command::new(&cargo)
        .args(["check", "--quiet"])
        .args(flags)
        .env(
            "CARGO_TARGET_DIR",
            paygen_tests::root().join("target/native-tls-check"),
        )
        .current_dir(paygen_tests::root())
        .status()
        .expect("cargo check runs");
    assert!(
        status.success(),
        "raise-client must build with the native-tls feature"
    );
}
