//! `cargo xtask gen` as users run it: the real binary on a scratch copy of the repository
//! (`PAYGEN_ROOT`), so the checked-in tree is never touched.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// A fresh scratch root with `specs/` holding the given files.
fn scratch(name: &str, specs: &[(&str, String)]) -> PathBuf {
    let root = std::env::temp_dir().join(format!("paygen-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(root.join("specs")).unwrap();
    for (file, text) in specs {
        std::fs::write(root.join("specs").join(file), text).unwrap();
    }
    root
}

fn xtask(root: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask"))
        .args(args)
        .env("PAYGEN_ROOT", root)
        .output()
        .expect("xtask runs")
}

/// Every file under `dir` with its bytes.
fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.insert(
                    p.strip_prefix(dir).unwrap().to_path_buf(),
                    std::fs::read(&p).unwrap(),
                );
            }
        }
    }
    out
}

fn read(path: &str) -> String {
    std::fs::read_to_string(repo().join(path)).unwrap()
}

#[test]
fn a_bad_spec_reports_every_problem_and_leaves_generated_untouched() {
    let root = scratch(
        "bad",
        &[
            ("good.yaml", read("tests/fixtures/types.yaml")),
            (
                "bad.yaml",
                read("tests/fixtures/invalid/three-problems.yaml"),
            ),
        ],
    );
    // A previous good run left files behind; a failed run must not change them.
    let previous = root.join("generated/good/src/lib.rs");
    std::fs::create_dir_all(previous.parent().unwrap()).unwrap();
    std::fs::write(&previous, "// from an earlier run\n").unwrap();
    let before = tree(&root.join("generated"));

    let output = xtask(&root, &["gen"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "gen must fail on a bad spec");
    assert!(stderr.contains("bad.yaml#/paths/~1a/get/responses/200/content/application~1json/schema/$ref: broken $ref"), "{stderr}");
    assert!(
        stderr.contains("bad.yaml#/paths/~1b/get/operationId: duplicate operationId `getThing`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("bad.yaml#/components/schemas/Weird/type: unknown schema type `strnig`"),
        "{stderr}"
    );
    assert!(stderr.contains("nothing was written"), "{stderr}");
    assert_eq!(
        tree(&root.join("generated")),
        before,
        "generated/ changed after a failed run"
    );
    let _ = std::fs::remove_dir_all(&root);
}

/// A key repeated with different values stops generation like any bad spec; repeated with the
/// same value it is a warning on stderr and generation goes on.
#[test]
fn repeated_keys_are_reported_with_pointer_and_lines() {
    let bad = read("tests/fixtures/invalid/duplicate-keys.yaml");
    let root = scratch("duplicates", &[("dup.yaml", bad.clone())]);
    let output = xtask(&root, &["gen"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !output.status.success(),
        "gen must fail on differing duplicates"
    );
    let spec = root.join("specs/dup.yaml");
    let spec = spec.display();
    for expected in [
        format!("error: {spec}#/paths/~1a/get/responses: duplicate key `responses`: its mapping holds it 2 times (lines 7, 8) with different values"),
        format!("error: {spec}#/components/schemas/X: duplicate key `X`: its mapping holds it 2 times (lines 11, 12) with different values"),
        "nothing was written".into(),
    ] {
        assert!(stderr.contains(&expected), "{expected}\n{stderr}");
    }
    assert!(!root.join("generated").exists(), "a failed run wrote files");

    let same = bad
        .replace("\"201\"", "\"200\"")
        .replace("X: {type: object}", "X: {type: string}");
    std::fs::write(root.join("specs/dup.yaml"), same).unwrap();
    let spec = root.join("specs/dup.yaml");
    let spec = spec.display();
    let output = xtask(&root, &["gen"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert!(
        stderr.contains(&format!("warning: {spec}#/components/schemas/X: duplicate key `X`: its mapping holds it 2 times (lines 11, 12), each time with the same value")),
        "{stderr}"
    );
    assert!(root.join("generated/dup/src/lib.rs").is_file());
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn changing_one_schema_rewrites_only_its_file_and_check_notices() {
    let spec = read("specs/raise.yaml");
    let root = scratch("incremental", &[("raise.yaml", spec.clone())]);
    assert!(xtask(&root, &["gen"]).status.success());
    let before = tree(&root.join("generated/raise"));
    assert!(
        xtask(&root, &["gen", "--check"]).status.success(),
        "fresh output must pass --check"
    );

    // Add a property to the `Category` schema.
    let at = spec.find("\n    Category:\n").expect("Category schema");
    let props = at
        + spec[at..]
            .find("      properties:\n")
            .expect("Category properties")
        + "      properties:\n".len();
    let changed = format!(
        "{}        rank:\n          type: integer\n          description: Added by a test.\n{}",
        &spec[..props],
        &spec[props..]
    );
    std::fs::write(root.join("specs/raise.yaml"), &changed).unwrap();

    let check = xtask(&root, &["gen", "--check"]);
    assert!(
        !check.status.success(),
        "--check must fail when a spec changed"
    );
    let stdout = String::from_utf8_lossy(&check.stdout);
    assert!(
        stdout.contains("would write generated/raise/src/models/category.rs"),
        "{stdout}"
    );

    let run = xtask(&root, &["gen"]);
    assert!(run.status.success());
    let after = tree(&root.join("generated/raise"));
    let differing: Vec<&PathBuf> = after
        .keys()
        .filter(|p| before.get(*p) != after.get(*p))
        .collect();
    assert_eq!(
        differing,
        vec![&PathBuf::from("src/models/category.rs")],
        "only the changed schema's file is rewritten"
    );
    assert!(
        String::from_utf8_lossy(&run.stdout).contains("1 files written"),
        "{}",
        String::from_utf8_lossy(&run.stdout)
    );

    // The committed snapshot no longer matches: the snapshot test would show this diff.
    let snapshot = read("tests/tests/snapshots/snapshots__vendor_raise.snap");
    let new_model =
        String::from_utf8(after[&PathBuf::from("src/models/category.rs")].clone()).unwrap();
    assert!(new_model.contains("pub rank: Option<i64>"));
    assert!(
        !snapshot.contains("pub rank: Option<i64>"),
        "the snapshot must differ from the changed output"
    );
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_removed_spec_removes_its_crate_and_stale_files_go() {
    let root = scratch(
        "stale",
        &[("types.yaml", read("tests/fixtures/types.yaml"))],
    );
    assert!(xtask(&root, &["gen"]).status.success());
    let stray = root.join("generated/types/src/models/old_type.rs");
    std::fs::write(&stray, "// left over\n").unwrap();
    let check = xtask(&root, &["gen", "--check"]);
    assert!(!check.status.success());
    assert!(String::from_utf8_lossy(&check.stdout)
        .contains("would remove generated/types/src/models/old_type.rs"));
    assert!(xtask(&root, &["gen"]).status.success());
    assert!(!stray.exists(), "stale file removed");
    std::fs::remove_file(root.join("specs/types.yaml")).unwrap();
    std::fs::write(
        root.join("specs/other.yaml"),
        read("tests/fixtures/operations.yaml"),
    )
    .unwrap();
    assert!(xtask(&root, &["gen"]).status.success());
    assert!(
        !root.join("generated/types").exists(),
        "crate of a removed spec is removed"
    );
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn help_is_available_for_every_command() {
    let root = repo();
    for args in [&["help"][..], &["gen", "--help"], &["test", "--help"]] {
        let output = xtask(&root, args);
        assert!(output.status.success());
        assert!(
            String::from_utf8_lossy(&output.stdout).contains("cargo xtask"),
            "{args:?}"
        );
    }
    let unknown = xtask(&root, &["frobnicate"]);
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("cargo xtask help"));
}

/// `gen --spec` makes a crate that builds on its own, outside the workspace.
#[test]
fn a_standalone_crate_builds_by_itself() {
    let out = std::env::temp_dir().join(format!("paygen-standalone-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let spec = repo().join("tests/fixtures/operations.yaml");
    let output = xtask(
        &repo(),
        &[
            "gen",
            "--spec",
            spec.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--crate-name",
            "my-api",
        ],
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
    assert!(
        manifest.contains("[workspace]"),
        "standalone crates declare their own workspace"
    );
    // A target folder of its own so this build does not wait for the outer cargo's lock.
    let target = repo().join("target/standalone-check");
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["check", "--quiet", "--manifest-path"])
        .arg(out.join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", &target)
        .status()
        .expect("cargo runs");
    assert!(status.success(), "the standalone crate must build");
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn timings_name_each_step_per_spec() {
    let root = scratch(
        "timings",
        &[
            ("one.yaml", read("tests/fixtures/types.yaml")),
            ("two.yaml", read("tests/fixtures/operations.yaml")),
        ],
    );
    let output = xtask(&root, &["gen", "--timings"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    for label in ["one", "two"] {
        let line = stderr
            .lines()
            .find(|l| l.starts_with(label) && l.contains(" parse "))
            .unwrap_or_else(|| panic!("no timings for {label}:\n{stderr}"));
        for step in ["lower", "render", "format"] {
            assert!(line.contains(step), "{line}");
        }
    }
    let _ = std::fs::remove_dir_all(&root);
}
