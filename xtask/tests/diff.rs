//! `cargo xtask diff` and the version rule of `gen --check`, run as users run them: the real
//! binary on scratch trees (`PAYGEN_ROOT`), a scratch git repository where history is needed.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn scratch(name: &str) -> PathBuf {
    let root = std::env::temp_dir().join(format!("paygen-diff-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("specs")).unwrap();
    root
}

fn xtask(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .env("PAYGEN_ROOT", root)
        .output()
        .expect("xtask runs")
}

fn git(root: &Path, args: &[&str]) -> String {
    let output = Command::new("git")
        .args(["-c", "user.name=test", "-c", "user.email=test@example.test"])
        .args(args)
        .current_dir(root)
        .output()
        .expect("git runs");
    assert!(output.status.success(), "git {args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap().trim().to_string()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The corpus base spec, and the same with `deletePet` removed and `PetStatus` extended.
fn specs() -> (String, String, String) {
    let base = std::fs::read_to_string(repo().join("codegen/tests/diff/base.yaml")).unwrap();
    let without_delete = base.replace(
        "    delete:\n      operationId: deletePet\n      tags: [pets]\n      parameters:\n        - {name: petId, in: path, required: true, schema: {type: string}}\n      responses:\n        \"204\":\n          description: Deleted.\n",
        "",
    );
    assert_ne!(base, without_delete, "the base spec has deletePet");
    let more_status = base.replace(
        "enum: [available, sold]",
        "enum: [available, sold, pending]",
    );
    assert_ne!(base, more_status);
    (base, without_delete, more_status)
}

#[test]
fn two_files_compare_with_an_exit_code_for_breaking_changes() {
    let root = scratch("files");
    let (base, breaking, additive) = specs();
    for (name, text) in [
        ("a.yaml", &base),
        ("b.yaml", &breaking),
        ("c.yaml", &additive),
    ] {
        std::fs::write(root.join(name), text).unwrap();
    }
    let path = |name: &str| root.join(name).to_string_lossy().into_owned();

    let out = xtask(
        &root,
        &["diff", "--old", &path("a.yaml"), "--new", &path("b.yaml")],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("needs a major bump, to 2.0.0"), "{text}");
    assert!(
        text.contains(
            "breaking  client.pets().delete_pet(): operation removed (`DELETE /pets/{petId}`)"
        ),
        "{text}"
    );
    assert!(text.contains("### `"), "a Markdown summary follows: {text}");
    assert!(
        text.contains("- `client.pets().delete_pet()`: operation removed"),
        "{text}"
    );

    let out = xtask(
        &root,
        &[
            "diff",
            "--old",
            &path("a.yaml"),
            "--new",
            &path("c.yaml"),
            "--version",
            "0.3.0",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "additive is not breaking");
    assert!(
        stdout(&out).contains("needs a patch bump, to 0.3.1"),
        "{}",
        stdout(&out)
    );

    std::fs::write(root.join("bad.yaml"), "openapi: 3.0.3\npaths: 7\n").unwrap();
    let out = xtask(
        &root,
        &["diff", "--old", &path("a.yaml"), "--new", &path("bad.yaml")],
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "a bad spec is an error, not a verdict"
    );
    assert!(stderr(&out).contains("bad.yaml"), "{}", stderr(&out));

    let out = xtask(&root, &["diff", "--old", &path("a.yaml")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--old and --new go together"));
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn gen_check_fails_until_the_version_covers_the_changes_and_the_changelog_follows() {
    let root = scratch("versions");
    let (base, breaking, _) = specs();
    std::fs::write(root.join("specs/pets.yaml"), &base).unwrap();
    git(&root, &["init", "-q"]);
    git(&root, &["add", "."]);
    git(&root, &["commit", "-qm", "pets 0.1.0"]);
    let baseline = git(&root, &["rev-parse", "HEAD"]);
    let versions = |version: &str| {
        format!(
            "[pets-client]\nversion = \"{version}\"\nbaseline = \"{baseline}\"\nbaseline-version = \"0.1.0\"\n"
        )
    };
    std::fs::create_dir_all(root.join("release")).unwrap();
    std::fs::write(root.join("release/versions.toml"), versions("0.1.0")).unwrap();
    assert!(xtask(&root, &["gen"]).status.success());
    assert!(
        xtask(&root, &["gen", "--check"]).status.success(),
        "nothing changed yet"
    );

    // A breaking change, regenerated: generated/ is up to date, the version is not.
    std::fs::write(root.join("specs/pets.yaml"), &breaking).unwrap();
    assert!(xtask(&root, &["gen"]).status.success());
    let check = xtask(&root, &["gen", "--check"]);
    assert!(
        !check.status.success(),
        "0.1.0 is too small after a breaking change"
    );
    let err = stderr(&check);
    assert!(
        err.contains(
            "pets-client: version 0.1.0 in release/versions.toml, but the API changes since 0.1.0"
        ),
        "{err}"
    );
    assert!(err.contains("need a minor bump, to 0.2.0"), "{err}");
    assert!(
        err.contains("breaking  client.pets().delete_pet(): operation removed"),
        "{err}"
    );

    // A patch bump is still too small; the minor bump is enough.
    std::fs::write(root.join("release/versions.toml"), versions("0.1.1")).unwrap();
    assert!(xtask(&root, &["gen"]).status.success());
    assert!(!xtask(&root, &["gen", "--check"]).status.success());
    std::fs::write(root.join("release/versions.toml"), versions("0.2.0")).unwrap();
    assert!(xtask(&root, &["gen"]).status.success());
    let check = xtask(&root, &["gen", "--check"]);
    assert!(check.status.success(), "{}", stderr(&check));
    let manifest = std::fs::read_to_string(root.join("generated/pets/Cargo.toml")).unwrap();
    assert!(manifest.contains("\nversion = \"0.2.0\"\n"), "{manifest}");

    // `diff` against the baseline: breaking (exit 1), and --changelog appends the summary,
    // which `gen` copies into the crate.
    let out = xtask(&root, &["diff", &baseline, "--changelog"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("-> 0.2.0 in release/versions.toml is enough"),
        "{}",
        stdout(&out)
    );
    let changelog = std::fs::read_to_string(root.join("release/changelogs/pets.md")).unwrap();
    assert!(
        changelog.starts_with("# Changelog of `pets-client`\n"),
        "{changelog}"
    );
    assert!(
        changelog.contains("### `pets-client` 0.1.0 → 0.2.0 (minor: breaking changes)"),
        "{changelog}"
    );
    assert!(
        !xtask(&root, &["gen", "--check"]).status.success(),
        "the crate's copy is stale"
    );
    assert!(xtask(&root, &["gen"]).status.success());
    let copy = std::fs::read_to_string(root.join("generated/pets/CHANGELOG.md")).unwrap();
    assert_eq!(copy, changelog);

    // An unknown revision is an error, not a verdict.
    let out = xtask(&root, &["diff", "no-such-rev"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("git does not know the revision `no-such-rev`"),
        "{}",
        stderr(&out)
    );
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn diff_is_in_the_help() {
    let help = stdout(&xtask(&repo(), &["help"]));
    assert!(help.contains("diff [REV]"), "{help}");
    let out = xtask(&repo(), &["diff", "--help"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("Exit code: 0 nothing breaking, 1 a breaking change"));
}
