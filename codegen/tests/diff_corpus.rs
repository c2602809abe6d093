//! The change-pair corpus of `paygen_codegen::diff`: each file in `tests/diff/cases/` patches
//! `tests/diff/base.yaml` into an old and a new spec (JSON merge patches, `old` and `new`) and
//! lists every change the comparison must report, exactly, and the bump a 1.x crate needs.

use std::path::{Path, PathBuf};

use paygen_codegen::diff::{self, Bump, Version};
use serde_json::Value;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/diff")
}

fn read_yaml(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// RFC 7396: objects merge key by key, `null` removes, anything else replaces.
fn merge(target: &mut Value, patch: &Value) {
    let Value::Object(patch) = patch else {
        *target = patch.clone();
        return;
    };
    if !target.is_object() {
        *target = Value::Object(Default::default());
    }
    let target = target.as_object_mut().unwrap();
    for (key, value) in patch {
        if value.is_null() {
            target.remove(key);
        } else {
            merge(target.entry(key.clone()).or_insert(Value::Null), value);
        }
    }
}

fn lower(base: &Value, patch: Option<&Value>, name: &str) -> paygen_codegen::ir::Api {
    let mut spec = base.clone();
    if let Some(patch) = patch {
        merge(&mut spec, patch);
    }
    let text = serde_json::to_string_pretty(&spec).unwrap();
    match paygen_codegen::lower_str(&text, Path::new(name), "corpus-client") {
        Ok((api, _)) => api,
        Err(diagnostics) => panic!("{name} does not lower:\n{diagnostics}"),
    }
}

#[test]
fn every_change_pair_gives_its_expected_changes_and_bump() {
    let base = read_yaml(&corpus().join("base.yaml"));
    let mut cases: Vec<PathBuf> = std::fs::read_dir(corpus().join("cases"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    let mut kinds = std::collections::BTreeSet::new();
    let mut failures = Vec::new();
    for path in &cases {
        let case = read_yaml(path);
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let kind = case["kind"].as_str().expect("every case says its kind");
        assert!(kinds.insert(kind.to_string()), "{name}: kind repeated");
        let old = lower(&base, case.get("old"), &format!("{name}/old"));
        let new = lower(&base, case.get("new"), &format!("{name}/new"));
        let changes = diff::compare(&old, &new);
        let got: Vec<String> = changes.iter().map(ToString::to_string).collect();
        let bump = "1.0.0"
            .parse::<Version>()
            .unwrap()
            .required_bump(diff::worst(&changes));
        let expected: Vec<String> = case["changes"]
            .as_array()
            .map(|list| {
                list.iter()
                    .map(|c| c.as_str().unwrap().to_string())
                    .collect()
            })
            .unwrap_or_default();
        let expected_bump: Option<Bump> = case["bump"].as_str().map(|b| b.parse().unwrap());
        if got != expected || Some(bump) != expected_bump {
            failures.push(format!(
                "{name} ({kind}):\nbump: {bump}\nchanges:\n{}",
                got.iter()
                    .map(|c| format!("  - {c:?}\n"))
                    .collect::<String>()
            ));
        }
        // A pair compared with itself has no changes: the comparison sees only differences.
        assert!(diff::compare(&new, &new).is_empty(), "{name}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
    assert!(kinds.len() >= 25, "the corpus covers {} kinds", kinds.len());
}
