//! Snapshots of every generated crate. A spec or generator change shows up here as a diff to
//! review with `cargo insta review`.

use paygen_tests::{concatenate, generate_fixture, generate_vendor};

macro_rules! vendor_snapshot {
    ($test:ident, $vendor:literal) => {
        #[test]
        fn $test() {
            insta::assert_snapshot!(
                concat!("vendor_", $vendor),
                concatenate(&generate_vendor($vendor))
            );
        }
    };
}

macro_rules! fixture_snapshot {
    ($test:ident, $fixture:literal) => {
        #[test]
        fn $test() {
            insta::assert_snapshot!(
                concat!("fixture_", $fixture),
                concatenate(&generate_fixture($fixture))
            );
        }
    };
}

vendor_snapshot!(arise, "arise");
vendor_snapshot!(aurpay, "aurpay");
vendor_snapshot!(raise, "raise");
vendor_snapshot!(rise_crm, "rise-crm");
vendor_snapshot!(sdk_finance, "sdk-finance");

fixture_snapshot!(fixture_types, "types");
fixture_snapshot!(fixture_operations, "operations");
fixture_snapshot!(fixture_breadth, "breadth");
fixture_snapshot!(fixture_openapi31, "openapi31");
fixture_snapshot!(fixture_params, "params");

#[test]
fn every_spec_and_fixture_has_a_snapshot_test() {
    // A new spec or fixture must get a snapshot line above; this keeps the list honest.
    let source = include_str!("snapshots.rs");
    for vendor in paygen_tests::vendors() {
        assert!(
            source.contains(&format!("\"{vendor}\")")),
            "no snapshot test for specs/{vendor}.yaml"
        );
    }
    let fixtures = std::fs::read_dir(paygen_tests::root().join("tests/fixtures")).unwrap();
    for entry in fixtures.flatten().filter(|e| e.path().is_file()) {
        let name = entry
            .path()
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        assert!(
            source.contains(&format!("\"{name}\")")),
            "no snapshot test for tests/fixtures/{name}.yaml"
        );
    }
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
