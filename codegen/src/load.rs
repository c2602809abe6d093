//! Reading a spec file: YAML or JSON text → a JSON tree, checked by `validate`.
//!
//! The tree is the model. A typed model such as `openapiv3` was tried first and dropped: it
//! rejects valid 3.0 documents (a `$ref` to `components/callbacks`), and every later step needs
//! the extensions and JSON pointers that only the tree keeps.

use std::path::Path;

use serde_json::Value;

use crate::diagnostics::Diagnostics;
use crate::validate;

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
    let mut raw = match parse_tree(text) {
        Ok(raw) => raw,
        Err(message) => {
            diagnostics.error("", message);
            return Err(diagnostics);
        }
    };
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
/// booleans (`200:` under `responses`) become strings, as OpenAPI means them.
///
/// A document that is valid JSON is read as JSON first: the YAML reader rejects some valid JSON,
/// such as a UTF-16 surrogate pair escape (`"\ud83d\udc4d"`, an emoji in an example).
pub fn parse_tree(text: &str) -> Result<Value, String> {
    if text.trim_start().starts_with('{') {
        if let Ok(tree) = serde_json::from_str::<Value>(text) {
            return Ok(tree);
        }
    }
    let tree = crate::yaml::parse(text).map_err(|err| match err.line {
        0 => format!("not valid YAML or JSON: {}", err.message),
        line => format!(
            "not valid YAML or JSON (line {line}, column {}): {}",
            err.column, err.message
        ),
    })?;
    if !tree.is_object() {
        return Err("the document must be a mapping at the top level".into());
    }
    Ok(tree)
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
