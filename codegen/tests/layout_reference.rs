//! The layout printer against its reference: each spec in the repository generated with the
//! printer and with every file left to prettyplease and rustfmt must give the same crate, byte
//! for byte.

use std::path::{Path, PathBuf};

fn options(layout: bool) -> paygen_codegen::Options {
    paygen_codegen::Options {
        crate_name: "reference-client".into(),
        runtime: paygen_codegen::RuntimeDependency::Path("../../runtime".into()),
        rustfmt: true,
        layout,
        format_cache: None,
    }
}

fn specs() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut specs: Vec<PathBuf> = std::fs::read_dir(root.join("specs"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    for fixture in std::fs::read_dir(root.join("tests/fixtures")).unwrap() {
        let path = fixture.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            specs.push(path);
        }
    }
    specs.sort();
    specs
}

#[test]
fn the_printer_writes_what_rustfmt_alone_writes() {
    let mut compared = 0;
    for spec in specs() {
        // Fixtures that are meant to fail generation have no crate to compare.
        let Ok(printed) = paygen_codegen::generate(&spec, &options(true)) else {
            continue;
        };
        let reference = paygen_codegen::generate(&spec, &options(false)).unwrap();
        assert_eq!(
            printed.files.keys().collect::<Vec<_>>(),
            reference.files.keys().collect::<Vec<_>>()
        );
        for (path, text) in &printed.files {
            assert!(
                *text == reference.files[path],
                "{} {path}: the printer and rustfmt differ",
                spec.display()
            );
        }
        compared += 1;
    }
    assert!(compared >= 6, "only {compared} specs generated");
}

/// Enum values the text writer is not sure of take the parse-and-print path; the crate must
/// still be rustfmt's.
#[test]
fn enums_with_awkward_values_match_the_reference_too() {
    let long = "x".repeat(95);
    let spec = format!(
        r##"openapi: 3.0.3
info: {{title: Awkward, version: "1"}}
paths:
  /things:
    get:
      operationId: listThings
      parameters:
        - {{name: kind, in: query, schema: {{$ref: "#/components/schemas/Kind"}}}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{$ref: "#/components/schemas/Kind"}}
components:
  schemas:
    Kind:
      type: string
      description: "Kinds, one of them\n  indented, one after a lone\rcarriage return, one with a trailing space "
      enum: ["plain", "naïve", "two\nlines", "cr\rhere", "quote\"d", "{long}"]
"##
    );
    let generate = |layout| {
        paygen_codegen::generate_str(&spec, Path::new("awkward.yaml"), &options(layout))
            .unwrap()
            .files
    };
    let printed = generate(true);
    assert_eq!(printed, generate(false));
    let kind = &printed["src/models/kind.rs"];
    assert!(kind.contains("naïve") && kind.contains(&long), "{kind}");
}
