//! A blank line between items, as people who use rustfmt write them: rustfmt keeps blank lines
//! between items but never adds one, so the generated files get theirs here, after formatting.
//!
//! The pass reads lines, not syntax: a blank line goes before a line that opens an item (its
//! docs, attributes or keyword) when the line before, at the same indentation, ends one (`}`,
//! `pub fn f() {}`, or a declaration ending in `;`). Lines at different indentations, runs of
//! `use` and `mod` declarations (with their `#[cfg(..)]`) and lines inside expressions (match
//! arms, struct literals, calls) are never separated.

/// Lines that open an item: docs, attributes, or the item's keyword.
const ITEM_STARTS: &[&str] = &[
    "///",
    "#[",
    "pub ",
    "pub(",
    "fn ",
    "async fn ",
    "impl ",
    "impl<",
    "struct ",
    "enum ",
    "mod ",
    "const ",
    "static ",
    "type ",
    "trait ",
    "unsafe impl",
];

/// Single-line declarations that stay grouped with their neighbours (imports, modules,
/// associated types).
const GROUPED: &[&str] = &[
    "use ",
    "pub use ",
    "pub(crate) use ",
    "mod ",
    "pub mod ",
    "type ",
];

/// The text with a blank line between consecutive items.
pub fn space_items(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    let mut previous: Option<&str> = None;
    for line in text.split_inclusive('\n') {
        if let Some(before) = previous {
            if separates(before, line) {
                out.push('\n');
            }
        }
        out.push_str(line);
        previous = Some(line);
    }
    out
}

fn separates(before: &str, line: &str) -> bool {
    let (indent, body) = split_indent(line);
    let (indent_before, body_before) = split_indent(before);
    let grouped = |text: &str| GROUPED.iter().any(|s| text.starts_with(s));
    indent == indent_before
        && ITEM_STARTS.iter().any(|s| body.starts_with(s))
        && !body_before.starts_with("//")
        && (body_before.ends_with('}') || body_before.ends_with(';'))
        && !(grouped(body) && grouped(body_before))
        // A feature-gated declaration stays in its group (`models/mod.rs`).
        && !(body.starts_with("#[cfg(") && grouped(body_before))
}

fn split_indent(line: &str) -> (usize, &str) {
    let trimmed_end = line.trim_end();
    let body = trimmed_end.trim_start();
    (trimmed_end.len() - body.len(), body)
}

#[cfg(test)]
mod tests {
    use super::space_items;

    #[test]
    fn items_and_methods_get_a_blank_line_between_them() {
        let text = "use a::B;\nuse c::D;\n/// S.\npub struct S {\n    pub x: u8,\n}\nimpl S {\n    pub fn a() {}\n    /// B.\n    pub fn b() -> u8 {\n        let x = 1;\n        match x {\n            _ => {}\n        }\n    }\n    #[inline]\n    fn c() {}\n}\npub mod m;\npub mod n;\n";
        assert_eq!(
            space_items(text),
            "use a::B;\nuse c::D;\n\n/// S.\npub struct S {\n    pub x: u8,\n}\n\nimpl S {\n    pub fn a() {}\n\n    /// B.\n    pub fn b() -> u8 {\n        let x = 1;\n        match x {\n            _ => {}\n        }\n    }\n\n    #[inline]\n    fn c() {}\n}\n\npub mod m;\npub mod n;\n"
        );
    }

    #[test]
    fn feature_gated_declarations_stay_grouped() {
        let text = "#[cfg(feature = \"a\")]\nmod x;\n#[cfg(feature = \"a\")]\npub use x::X;\nmod y;\npub use y::Y;\n#[cfg(any(\n    feature = \"a\",\n    feature = \"b\"\n))]\nmod z;\n";
        assert_eq!(space_items(text), text);
    }

    #[test]
    fn a_doc_line_ending_in_a_brace_stays_with_its_item() {
        let text = "impl A {\n    /// GET /items/{id}\n    ///\n    /// Reads one.\n    pub fn f() {}\n}\n";
        assert_eq!(space_items(text), text);
    }

    #[test]
    fn spacing_twice_changes_nothing() {
        let text = "pub struct A;\npub struct B;\nimpl A {\n    fn f() {}\n}\n";
        let once = space_items(text);
        assert_eq!(
            once,
            "pub struct A;\n\npub struct B;\n\nimpl A {\n    fn f() {}\n}\n"
        );
        assert_eq!(space_items(&once), once);
    }
}
