//! Snapshots of every generated crate, one per spec in `specs/` and per fixture in
//! `tests/fixtures/`. A spec or generator change shows up here as a diff to review with
//! `cargo insta review`; the committed crates are kept equal to what the generator makes by
//! `cargo xtask gen --check` (see "Review a spec change" in the README).

use paygen_tests::{concatenate, generate_fixture, generate_vendor, root, vendors};

/// The fixture specs, by name.
fn fixtures() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("tests/fixtures"))
        .expect("tests/fixtures exists")
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .filter_map(|path| Some(path.file_stem()?.to_str()?.to_string()))
        .collect();
    names.sort();
    names
}

/// Every spec and fixture, each against its own snapshot (`vendor_<name>`, `fixture_<name>`).
/// A mismatch does not stop the others: every changed crate gets its pending snapshot.
#[test]
fn every_crate_matches_its_snapshot() {
    let crates = vendors()
        .into_iter()
        .map(|v| (format!("vendor_{v}"), v, true))
        .chain(
            fixtures()
                .into_iter()
                .map(|f| (format!("fixture_{f}"), f, false)),
        );
    let mut changed = Vec::new();
    let mut count = 0;
    for (snapshot, name, vendor) in crates {
        count += 1;
        let generated = if vendor {
            generate_vendor(&name)
        } else {
            generate_fixture(&name)
        };
        let text = concatenate(&generated);
        let checked = std::panic::catch_unwind(|| insta::assert_snapshot!(snapshot.as_str(), text));
        if checked.is_err() {
            changed.push(snapshot);
        }
    }
    assert!(
        count >= 8,
        "five vendors and three fixtures at least, found {count}"
    );
    assert!(
        changed.is_empty(),
        "snapshots changed: {changed:?}; review with `cargo insta review`"
    );
}

#[test]
fn fixture_breadth_warns_of_the_parameters_it_leaves_out() {
    // A list of objects in a parameter has no OpenAPI 3.0 serialization (Stripe's `lines`): the
    // optional parameter is left out with a warning at its items schema, never rendered wrongly.
    let warnings: Vec<String> = generate_fixture("breadth")
        .warnings
        .iter()
        .map(|w| format!("#{}: {}", w.pointer, w.message))
        .collect();
    assert!(
        warnings.contains(
            &"#/paths/~1items~1{id}/get/parameters/5/schema/items: a parameter that is a list of \
              objects has no serialization in OpenAPI 3.0; the optional parameter `lines` is left \
              out of the call"
                .to_string()
        ),
        "{warnings:#?}"
    );
}
