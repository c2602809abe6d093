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
    ("Sets `", "`."),
    ("Sets the `", "` field."),
    // A tag's module or accessor named by its tag alone.
    ("Operations tagged `", "`."),
    // A setter's label with nothing after it: the facts of the schema are missing.
    ("Property `", "`."),
    ("Query parameter `", "`."),
    ("Header parameter `", "`."),
    ("Path parameter `", "`."),
    ("Cookie parameter `", "`."),
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
    assert!(is_filler("Sets `page_size`."));
    assert!(is_filler("Query parameter `pageSize`."));
    assert!(is_filler("Operations tagged `Brands`."));
    assert!(!is_filler(
        "Query parameter `pageSize`: An integer. From 1 to 100."
    ));
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

/// Every setter of a generated model or call, as (file, setter name, the field it stores into).
/// (`ClientBuilder`'s methods configure a client; they are not field setters.)
fn setters() -> Vec<(String, String, String)> {
    let mut files = Vec::new();
    rust_files(&root().join("generated"), &mut files);
    rust_files(&root().join("tests/fixture-crates"), &mut files);
    let mut out = Vec::new();
    let models_or_calls = |path: &Path| {
        let folder = path.parent().and_then(Path::file_name);
        folder.is_some_and(|f| f == "models" || f == "operations")
    };
    for path in files.into_iter().filter(|p| models_or_calls(p)) {
        let text = std::fs::read_to_string(&path).unwrap();
        let mut rest = text.as_str();
        while let Some(start) = rest.find("pub fn ") {
            rest = &rest[start + "pub fn ".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let signature = &rest[..rest.find('{').unwrap_or(rest.len())];
            if !signature.contains("mut self") || !signature.contains("value:") {
                continue;
            }
            let body = &rest[signature.len()..];
            let Some(at) = body.find("self.") else {
                continue;
            };
            let field: String = body[at + "self.".len()..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            out.push((path.display().to_string(), name, field));
        }
    }
    out
}

/// One convention on calls and models: a setter is named like the field it sets, or `set_`
/// and the field where a method or trait owns the name (`set_from`, `set_send`).
#[test]
fn setters_are_named_like_their_fields() {
    let setters = setters();
    assert!(
        setters.len() > 500,
        "found only {} setters in the generated crates",
        setters.len()
    );
    let odd: Vec<String> = setters
        .iter()
        .filter(|(_, name, field)| {
            name != field && *name != format!("set_{}", field.trim_end_matches('_'))
        })
        .map(|(file, name, field)| format!("{file}: `{name}` sets `{field}`"))
        .collect();
    assert!(
        odd.is_empty(),
        "setters not named like their fields:\n{}",
        odd.join("\n")
    );
    assert!(
        setters.iter().any(|(_, name, _)| name.starts_with("set_")),
        "the fixtures keep a field named like a method (`from`, `Send`)"
    );
}
