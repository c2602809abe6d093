//! Docs that say something: where a spec has no description, the generated docs say what is
//! known (the kind of value, its format, limits, allowed values, an example), never a sentence
//! that only repeats a name.

use std::path::Path;

use paygen_tests::root;

/// Doc lines that say nothing: (prefix, suffix) around a name, or a whole line.
const FILLERS: &[(&str, &str)] = &[
    ("The `", "` field."),
    ("The `", "` schema."),
    ("A value of this type.", ""),
];

fn is_filler(doc: &str) -> bool {
    FILLERS.iter().any(|(prefix, suffix)| {
        doc.starts_with(prefix)
            && doc.ends_with(suffix)
            && doc.len() >= prefix.len() + suffix.len()
            && !doc[prefix.len()..doc.len() - suffix.len()].contains(' ')
    })
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_filler_check_recognises_fillers() {
    assert!(is_filler("The `billingAddress` field."));
    assert!(is_filler("The `Customer` schema."));
    assert!(is_filler("A value of this type."));
    assert!(!is_filler(
        "The `id` field of the card, as issued by the vendor."
    ));
    assert!(!is_filler("Text. At most 50 characters."));
}

#[test]
fn generated_docs_have_no_fillers() {
    let mut files = Vec::new();
    rust_files(&root().join("generated"), &mut files);
    rust_files(&root().join("tests/fixture-crates"), &mut files);
    assert!(
        files.len() > 100,
        "found only {} generated files",
        files.len()
    );
    let mut found = Vec::new();
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        for (number, line) in text.lines().enumerate() {
            let Some(doc) = line.trim().strip_prefix("///") else {
                continue;
            };
            if is_filler(doc.trim()) {
                found.push(format!(
                    "{}:{}: {}",
                    path.display(),
                    number + 1,
                    line.trim()
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "docs that say nothing:\n{}",
        found.join("\n")
    );
}
