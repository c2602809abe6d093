//! Our own examples use the generated types: every flow in `examples/` and every README snippet
//! builds request bodies with the models' constructors and reads responses through their fields.
//! JSON built by hand or read back by pointer would hide how heavy the typed path is.

use std::path::PathBuf;

use paygen_tests::{root, vendors};

/// What writing JSON instead of the types looks like.
const ESCAPE_HATCHES: &[&str] = &["json!", "from_value", "to_value", "text_at", ".pointer("];

fn example_sources() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("examples/examples"))
        .expect("examples/examples")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    files.push(root().join("examples/src/lib.rs"));
    files.push(root().join("README.md"));
    files.push(root().join("templates/README.md"));
    files.push(root().join("codegen/src/render/examples.rs"));
    for vendor in vendors() {
        files.push(root().join("generated").join(vendor).join("README.md"));
    }
    files
}

#[test]
fn examples_and_readmes_build_requests_with_the_types() {
    let sources = example_sources();
    assert!(
        sources.len() >= 5 + 5,
        "the five flows and five crate READMEs"
    );
    let mut found = Vec::new();
    for path in &sources {
        let text = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
        for (number, line) in text.lines().enumerate() {
            for hatch in ESCAPE_HATCHES {
                if line.contains(hatch) {
                    found.push(format!(
                        "{}:{}: {}",
                        path.display(),
                        number + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "write these with the generated types instead:\n{}",
        found.join("\n")
    );
}

/// The Raise "buy a gift card" flow (brands, a transaction, its cards; the token is the
/// client's business) stays short: a reviewer reads it at a glance. Counted from the first step
/// to the end, as rustfmt lays it out.
#[test]
fn the_raise_flow_is_short() {
    let text = std::fs::read_to_string(root().join("examples/examples/raise.rs")).unwrap();
    let flow = text
        .split_once("step(\"list brands\")")
        .map(|(_, flow)| flow)
        .expect("raise.rs lists brands");
    let lines = flow.lines().filter(|l| !l.trim().is_empty()).count();
    assert!(lines <= 35, "the raise flow has {lines} lines");
}
