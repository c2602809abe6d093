//! Reading a spec file: YAML or JSON text → a JSON tree, checked by `validate`.
//!
//! The tree is the model. A typed model such as `openapiv3` was tried first and dropped: it
//! rejects valid 3.0 documents (a `$ref` to `components/callbacks`), and every later step needs
//! the extensions and JSON pointers that only the tree keeps.

use std::path::Path;

use serde_json::Value;

use crate::diagnostics::{pointer, Diagnostics};
use crate::validate;
use crate::yaml::{Duplicates, Parsed};

/// A spec that loaded and passed validation.
#[derive(Debug, Clone)]
pub struct LoadedSpec {
    /// The document as a JSON tree, in document order.
    pub raw: Value,
}

/// Reads and validates a spec from disk.
pub fn load_file(path: &Path) -> Result<(LoadedSpec, Diagnostics), Diagnostics> {
    let mut diagnostics = Diagnostics::new(path);
    match std::fs::read_to_string(path) {
        Ok(text) => load_str(&text, diagnostics),
        Err(err) => {
            diagnostics.error("", format!("cannot read the spec: {err}"));
            Err(diagnostics)
        }
    }
}

/// Parses and validates spec text; `diagnostics` names the file in every message.
pub fn load_str(
    text: &str,
    mut diagnostics: Diagnostics,
) -> Result<(LoadedSpec, Diagnostics), Diagnostics> {
    let parsed = match read(text) {
        Ok(parsed) => parsed,
        Err(message) => {
            diagnostics.error("", message);
            return Err(diagnostics);
        }
    };
    report_duplicates(&parsed.duplicates, &mut diagnostics);
    let mut raw = parsed.tree;
    if crate::dialect::is_v31(&raw) {
        crate::dialect::normalize(&mut raw, &mut diagnostics);
    }
    validate::check_document(&raw, &mut diagnostics);
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    Ok((LoadedSpec { raw }, diagnostics))
}

/// Parses YAML (a superset of JSON) into a JSON tree. Map keys that YAML reads as numbers or
/// booleans (`200:` under `responses`) become strings, as OpenAPI means them. A key a mapping
/// repeats keeps its last value here; [`load_str`] reports it.
pub fn parse_tree(text: &str) -> Result<Value, String> {
    read(text).map(|parsed| parsed.tree)
}

/// Reads the text as JSON or YAML, noting repeated keys.
///
/// A document that is valid JSON is read as JSON first: the YAML reader rejects some valid JSON,
/// such as a UTF-16 surrogate pair escape (`"\ud83d\udc4d"`, an emoji in an example).
fn read(text: &str) -> Result<Parsed, String> {
    if text.trim_start().starts_with('{') {
        if let Ok(parsed) = crate::yaml::parse_json(text) {
            return Ok(parsed);
        }
    }
    let parsed = crate::yaml::parse(text).map_err(|err| match err.line {
        0 => format!("not valid YAML or JSON: {}", err.message),
        line => format!(
            "not valid YAML or JSON (line {line}, column {}): {}",
            err.column, err.message
        ),
    })?;
    if !parsed.tree.is_object() {
        return Err("the document must be a mapping at the top level".into());
    }
    Ok(parsed)
}

/// A key repeated with different values is an error: YAML forbids it and JSON readers differ on
/// which value they keep, so the spec says two things. Repeated with the same value it loses
/// nothing, so it is a warning (README, Decisions).
fn report_duplicates(duplicates: &Duplicates, diagnostics: &mut Diagnostics) {
    for found in &duplicates.listed {
        let segments: Vec<&str> = found
            .mapping
            .iter()
            .chain([&found.key])
            .map(String::as_str)
            .collect();
        let pointer = pointer(&segments);
        let lines = match found.lines.as_slice() {
            [] => String::new(),
            lines => {
                let lines: Vec<String> = lines.iter().map(usize::to_string).collect();
                format!(" (lines {})", lines.join(", "))
            }
        };
        let held = format!(
            "duplicate key `{}`: its mapping holds it {} times{lines}",
            found.key, found.times
        );
        if found.identical {
            diagnostics.warning(
                pointer,
                format!("{held}, each time with the same value, so nothing is lost; keep one"),
            );
        } else {
            diagnostics.error(
                pointer,
                format!(
                    "{held} with different values; YAML forbids repeated keys and JSON readers \
                     differ on which value they keep, so the spec is ambiguous: keep one"
                ),
            );
        }
    }
    let listed = crate::yaml::MAX_LISTED_DUPLICATES;
    if duplicates.more_differing > 0 {
        diagnostics.error(
            "",
            format!(
                "{} more duplicate keys with different values (only the first {listed} \
                 duplicate keys are listed)",
                duplicates.more_differing
            ),
        );
    }
    if duplicates.more_identical > 0 {
        diagnostics.warning(
            "",
            format!(
                "{} more duplicate keys with the same values (only the first {listed} \
                 duplicate keys are listed)",
                duplicates.more_identical
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::parse_tree;

    #[test]
    fn json_with_a_surrogate_pair_escape_is_read() {
        let tree = parse_tree(r#"{"openapi": "3.0.3", "x": "thumbs \ud83d\udc4d"}"#).unwrap();
        assert_eq!(tree["x"], "thumbs \u{1f44d}");
    }

    #[test]
    fn a_custom_yaml_tag_is_a_clear_error() {
        let err = parse_tree("openapi: 3.0.3\ninfo: !Ref x\n").unwrap_err();
        assert!(err.starts_with("not valid YAML or JSON (line 2"), "{err}");
    }

    #[test]
    fn yaml_keys_that_look_like_numbers_become_strings() {
        let tree = parse_tree("responses:\n  200: ok\n").unwrap();
        assert_eq!(tree["responses"]["200"], "ok");
    }
}
