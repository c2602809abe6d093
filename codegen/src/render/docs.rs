//! Rustdoc text from spec documentation.

use crate::ir::{Docs, TypeDef, TypeKind, TypeRef};

/// Escapes text so rustdoc does not read it as markup it is not (`[x]` links, HTML tags).
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // A carriage return alone is a line break too (a bare CR is not allowed in a comment).
    for line in text.trim().replace("\r\n", "\n").split(['\n', '\r']) {
        let line = line.trim_end();
        let escaped = line
            .replace('[', "\\[")
            .replace(']', "\\]")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        // Indented lines would become code blocks that rustdoc tries to compile.
        out.push_str(escaped.trim_start());
        out.push('\n');
    }
    out.trim_end().to_string()
}

/// Lines of documentation for `docs`, with `fallback` when the spec says nothing.
pub fn lines(docs: &Docs, fallback: &str) -> Vec<String> {
    let mut out = Vec::new();
    match (&docs.summary, &docs.description) {
        (Some(summary), Some(description)) if summary.trim() != description.trim() => {
            out.push(clean(summary));
            out.push(String::new());
            out.push(clean(description));
        }
        (Some(text), _) | (None, Some(text)) => out.push(clean(text)),
        (None, None) => out.push(clean(fallback)),
    }
    if let Some(why) = &docs.inferred {
        out.push(String::new());
        out.push(format!("**Inferred:** {}", clean(why)));
    }
    if docs.deprecated {
        out.push(String::new());
        out.push("**Deprecated** by the API.".to_string());
    }
    out
}

/// The text of each doc attribute (each `///` line) for the given lines.
pub fn parts(lines: &[String]) -> Vec<String> {
    // A leading space keeps rustdoc's usual `/// text` shape; blank lines stay empty.
    let text = lines.join("\n");
    text.split('\n')
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!(" {l}")
            }
        })
        .collect()
}

/// Documentation `lines` introduced by what they document (`Query parameter `page``): the label
/// leads the first line, or stands alone when there are no words.
pub fn labelled(label: &str, lines: &[String]) -> Vec<String> {
    match lines {
        [first, rest @ ..] if !first.trim().is_empty() => {
            let mut out = vec![format!("{label}: {}", first.trim_start())];
            out.extend(rest.iter().cloned());
            out
        }
        [_, rest @ ..] => {
            let mut out = vec![format!("{label}.")];
            out.extend(rest.iter().cloned());
            out
        }
        [] => vec![format!("{label}.")],
    }
}

/// What the IR knows about a value of `ty`: the fallback where the spec says nothing.
pub fn about_type(ty: &TypeRef) -> String {
    match ty {
        TypeRef::String => "Text.".into(),
        TypeRef::Bool => "`true` or `false`.".into(),
        TypeRef::I32 | TypeRef::I64 => "An integer.".into(),
        TypeRef::F64 => "A number.".into(),
        TypeRef::Decimal { .. } => "A decimal amount.".into(),
        TypeRef::Uuid => "A UUID.".into(),
        TypeRef::DateTime => "A date and time (RFC 3339).".into(),
        TypeRef::Date => "A date (`YYYY-MM-DD`).".into(),
        TypeRef::Bytes => "File content.".into(),
        TypeRef::Json => "Any JSON value.".into(),
        TypeRef::Named(name) => format!("A [`{name}`](super::{name})."),
        TypeRef::List(inner) => format!("A list; each item: {}", lower_first(&about_type(inner))),
        TypeRef::Map(inner) => format!(
            "A map from names to values; each value: {}",
            lower_first(&about_type(inner))
        ),
        TypeRef::Unit => "Nothing.".into(),
    }
}

/// What the IR knows about a type: the fallback where the spec says nothing.
pub fn about_def(def: &TypeDef) -> String {
    let names = |names: Vec<&str>| {
        names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match &def.kind {
        TypeKind::Struct(s) if s.fields.is_empty() => "An object with no named properties.".into(),
        TypeKind::Struct(s) => format!(
            "An object with the propert{} {}.",
            if s.fields.len() == 1 { "y" } else { "ies" },
            names(s.fields.iter().map(|f| f.wire_name.as_str()).collect())
        ),
        TypeKind::Enum(e) => format!(
            "One of {}.",
            names(e.variants.iter().map(|v| v.value.as_str()).collect())
        ),
        TypeKind::Union(u) => format!(
            "One of {}.",
            names(u.variants.iter().map(|v| v.name.as_str()).collect())
        ),
    }
}

fn lower_first(text: &str) -> String {
    if text.starts_with('`') {
        return text.to_string();
    }
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn a_lone_carriage_return_breaks_the_line() {
        assert_eq!(clean("one\rtwo\r\nthree"), "one\ntwo\nthree");
    }
}
