//! Facts about the specs and the generator that hold for every vendor.

use paygen_tests::{concatenate, generate_vendor, operation_lines, root, vendors};

/// Each spec's operations are pinned in `tests/operations/<vendor>.txt`, so none can disappear
/// (or appear) unnoticed.
#[test]
fn operation_lists_match_the_pinned_lists() {
    for vendor in vendors() {
        let pinned_path = root()
            .join("tests/operations")
            .join(format!("{vendor}.txt"));
        let pinned = std::fs::read_to_string(&pinned_path)
            .unwrap_or_else(|_| panic!("missing {}", pinned_path.display()));
        let pinned: Vec<String> = pinned
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect();
        let mut sorted = pinned.clone();
        sorted.sort();
        assert_eq!(pinned, sorted, "{} is not sorted", pinned_path.display());
        let actual = operation_lines(&root().join("specs").join(format!("{vendor}.yaml")));
        let missing: Vec<_> = pinned.iter().filter(|l| !actual.contains(l)).collect();
        let extra: Vec<_> = actual.iter().filter(|l| !pinned.contains(l)).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{vendor}: missing from spec {missing:?}; not pinned {extra:?}"
        );
    }
}

/// Same spec, same bytes.
#[test]
fn generation_is_deterministic() {
    for vendor in vendors() {
        let first = concatenate(&generate_vendor(&vendor));
        let second = concatenate(&generate_vendor(&vendor));
        assert!(first == second, "{vendor}: two runs gave different output");
    }
}

/// The committed crates are what the generator makes today (the same check as `gen --check`).
#[test]
fn committed_crates_are_up_to_date() {
    for vendor in vendors() {
        let generated = generate_vendor(&vendor);
        for (path, contents) in &generated.files {
            if path == "Cargo.toml" {
                // `cargo xtask gen` sets its version and repository from release/ and the root
                // manifest; `gen --check` compares it. The other files are the generator's alone.
                continue;
            }
            let on_disk =
                std::fs::read_to_string(root().join("generated").join(&vendor).join(path))
                    .unwrap_or_default();
            assert!(
                &on_disk == contents,
                "generated/{vendor}/{path} is stale: run `cargo xtask gen`"
            );
        }
    }
}
