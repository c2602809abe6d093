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

/// The documented operation counts of each vendor (issue: specs for all five vendors).
#[test]
fn vendors_cover_their_documented_operations() {
    let count = |v: &str| operation_lines(&root().join("specs").join(format!("{v}.yaml"))).len();
    assert_eq!(
        count("arise"),
        94,
        "ARISE: 92 documented + ACH refund + OAuth token"
    );
    assert_eq!(
        count("raise"),
        15,
        "Raise: 14 documented + PATCH /transactions/{{id}}"
    );
    assert!(
        count("sdk-finance") >= 26,
        "SDK.finance: the 26 operations named in its flows"
    );
    assert_eq!(count("aurpay"), 16, "Aurpay: 16 named operations");
    assert_eq!(
        count("rise-crm"),
        5,
        "Rise CRM: token + four boarding operations"
    );
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
