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
