//! The runtime and every generated crate are publishable: `cargo package` builds their `.crate`
//! files (nothing is uploaded) without a warning, each generated crate depends on the runtime
//! by version, and the metadata crates.io shows is there. `--no-verify`: the packaged sources
//! are the workspace's, which the rest of the suite compiles; a verify build of six crates
//! would cost minutes on two cores.

use std::path::Path;
use std::process::Command;

use paygen_tests::{root, vendors};

/// `version = "…"` of a manifest's `[package]` (the first such line).
fn package_version(manifest: &Path) -> String {
    let text = std::fs::read_to_string(manifest).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix("version = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .unwrap_or_else(|| panic!("no version in {}", manifest.display()))
        .to_string()
}

fn tar(args: &[&str], archive: &Path, members: &[&str]) -> String {
    let output = Command::new("tar")
        .args(args)
        .arg(archive)
        .args(members)
        .output()
        .expect("tar runs");
    assert!(
        output.status.success(),
        "tar {args:?} {}",
        archive.display()
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_runtime_and_every_generated_crate_package_cleanly() {
    let root = root();
    let target = root.join("target/package-check");
    let crates: Vec<(String, String)> = vendors()
        .into_iter()
        .map(|v| (format!("{v}-client"), format!("generated/{v}")))
        .chain([("paygen-runtime".to_string(), "runtime".to_string())])
        .collect();
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command
        .args(["package", "--no-verify", "--allow-dirty"])
        .env("CARGO_TARGET_DIR", &target)
        .current_dir(&root);
    for (name, _) in &crates {
        command.args(["-p", name]);
    }
    let output = command.output().expect("cargo runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "cargo package failed:\n{stderr}");
    assert!(
        !stderr.contains("warning"),
        "cargo package warned:\n{stderr}"
    );

    let runtime_version = package_version(&root.join("runtime/Cargo.toml"));
    for (name, dir) in &crates {
        let version = package_version(&root.join(dir).join("Cargo.toml"));
        let archive = target.join(format!("package/{name}-{version}.crate"));
        assert!(archive.exists(), "{} missing", archive.display());
        let member = format!("{name}-{version}/Cargo.toml");
        let manifest = tar(&["-xzOf"], &archive, &[&member]);
        for key in [
            "description = ",
            "license = \"MIT OR Apache-2.0\"",
            "repository = ",
            "keywords = [",
            "categories = [",
            "rust-version = \"1.85\"",
            "readme = \"README.md\"",
        ] {
            assert!(manifest.contains(key), "{name}: no `{key}` in\n{manifest}");
        }
        let files = tar(&["-tzf"], &archive, &[]);
        assert!(
            files.contains(&format!("{name}-{version}/README.md\n")),
            "{files}"
        );
        if name != "paygen-runtime" {
            assert!(
                manifest.contains(&format!(
                    "[dependencies.paygen-runtime]\nversion = \"{runtime_version}\"\n"
                )),
                "{name} must depend on the runtime by version:\n{manifest}"
            );
            assert!(
                files.contains(&format!("{name}-{version}/CHANGELOG.md\n")),
                "{files}"
            );
        }
    }
}
