//! Enum models written straight from the IR as text, in rustfmt's layout.
//!
//! An enum's file is all boilerplate around its values (the type, `as_str` or `value`, both
//! `From`s, `Display`, `ParamValue`). Every line here has a fixed shape, written with
//! [`super::text::Writer`], which leaves a file with an item it is not sure of (a non-ASCII
//! literal, a line over `max_width`) to rustfmt.

use super::docs;
use super::text::{Text, Writer};
use super::types::Traffic;
use crate::ir::{Enum, TypeDef};

/// A method of an impl block whose body is one `match` with one arm per line.
fn match_fn(
    out: &mut Writer,
    signature: &str,
    scrutinee: &str,
    arms: impl Iterator<Item = String>,
) {
    out.line(4, &format!("{signature} {{"));
    out.line(8, &format!("match {scrutinee} {{"));
    for arm in arms {
        out.line(12, &arm);
    }
    out.line(8, "}");
    out.line(4, "}");
}

/// The file of an enum type.
pub fn render(def: &TypeDef, e: &Enum, traffic: Traffic) -> Text {
    let fallback = format!("The `{}` schema.", def.name);
    let mut out = Writer::with_capacity(512 + 96 * e.variants.len());
    out.docs(0, &docs::parts(&docs::lines(&def.docs, &fallback)));
    let derives: &[&str] = if e.integer {
        &["Clone", "Copy", "Debug", "PartialEq", "Eq", "Hash"]
    } else {
        &["Clone", "Debug", "PartialEq", "Eq", "Hash"]
    };
    traffic.write_derives(&mut out, derives);
    let (wire, known) = if e.integer {
        ("i64", "value")
    } else {
        ("String", "as_str")
    };
    let name = &def.name;
    let literals: Vec<String> = e
        .variants
        .iter()
        .map(|v| {
            if e.integer {
                let value: i64 = v.value.parse().unwrap_or_default();
                value.to_string()
            } else {
                super::text::string(&v.value)
            }
        })
        .collect();
    out.line(
        0,
        &format!("#[serde(from = \"{wire}\", into = \"{wire}\")]"),
    );
    out.line(0, "#[non_exhaustive]");
    out.line(0, &format!("pub enum {name} {{"));
    for variant in &e.variants {
        // Control characters are shown escaped: a bare CR is not even allowed in a comment.
        let shown: String = variant
            .value
            .chars()
            .map(|c| {
                if c.is_control() {
                    c.escape_default().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect();
        let mut docs = vec![format!(" `{shown}`")];
        if let Some(description) = &variant.description {
            docs.push(String::new());
            docs.extend(super::docs::parts(&[super::docs::clean(description)]));
        }
        out.docs(4, &docs);
        out.line(4, &format!("{},", variant.name));
    }
    out.line(
        4,
        "/// A value this version of the client does not know; kept as sent.",
    );
    out.line(4, &format!("Unknown({wire}),"));
    out.line(0, "}");
    out.end_item();

    out.line(0, &format!("impl {name} {{"));
    out.line(4, "/// The value on the wire.");
    let signature = if e.integer {
        "pub fn value(self) -> i64"
    } else {
        "pub fn as_str(&self) -> &str"
    };
    let to_wire = e
        .variants
        .iter()
        .zip(&literals)
        .map(|(variant, literal)| format!("Self::{} => {literal},", variant.name));
    let unknown = "Self::Unknown(value) => value,".to_string();
    match_fn(&mut out, signature, "self", to_wire.chain([unknown]));
    out.line(0, "}");
    out.end_item();

    out.line(0, &format!("impl From<{wire}> for {name} {{"));
    let (scrutinee, other) = if e.integer {
        ("value", "other => Self::Unknown(other),")
    } else {
        ("value.as_str()", "_ => Self::Unknown(value),")
    };
    let from_wire = e
        .variants
        .iter()
        .zip(&literals)
        .map(|(variant, literal)| format!("{literal} => Self::{},", variant.name));
    if e.variants.is_empty() {
        // Every value is unknown: a `match` would be one catch-all arm (clippy's
        // `match_single_binding`).
        out.line(4, &format!("fn from(value: {wire}) -> Self {{"));
        out.line(8, "Self::Unknown(value)");
        out.line(4, "}");
    } else {
        match_fn(
            &mut out,
            &format!("fn from(value: {wire}) -> Self"),
            scrutinee,
            from_wire.chain([other.to_string()]),
        );
    }
    out.line(0, "}");
    out.end_item();

    out.line(0, &format!("impl From<{name}> for {wire} {{"));
    out.line(4, &format!("fn from(value: {name}) -> Self {{"));
    if e.integer {
        out.line(8, "value.value()");
    } else {
        out.line(8, "match value {");
        out.line(12, &format!("{name}::Unknown(value) => value,"));
        if !e.variants.is_empty() {
            // Without known values this arm could never match (an unreachable pattern).
            out.line(12, "known => known.as_str().to_string(),");
        }
        out.line(8, "}");
    }
    out.line(4, "}");
    out.line(0, "}");
    out.end_item();

    out.line(0, &format!("impl std::fmt::Display for {name} {{"));
    out.line(
        4,
        "fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {",
    );
    if e.integer {
        out.line(8, "write!(f, \"{}\", self.value())");
    } else {
        out.line(8, "f.write_str(self.as_str())");
    }
    out.line(4, "}");
    out.line(0, "}");
    out.end_item();

    out.line(0, &format!("impl paygen_runtime::ParamValue for {name} {{"));
    out.line(4, "fn to_param(&self) -> String {");
    out.line(8, &format!("self.{known}().to_string()"));
    out.line(4, "}");
    out.line(0, "}");
    out.end_item();
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::render;
    use crate::ir::{Docs, Enum, EnumVariant, TypeDef, TypeKind};
    use crate::render::types::Traffic;

    fn status(values: &[&str]) -> (TypeDef, Enum) {
        let e = Enum {
            integer: false,
            variants: values
                .iter()
                .enumerate()
                .map(|(i, v)| EnumVariant {
                    name: format!("V{i}"),
                    value: v.to_string(),
                    description: None,
                })
                .collect(),
        };
        let def = TypeDef {
            name: "Status".into(),
            module: "status".into(),
            traffic: BOTH,
            gate: crate::ir::Gate::Always,
            origin: "#/components/schemas/Status".into(),
            docs: Docs::default(),
            kind: TypeKind::Enum(e.clone()),
        };
        (def, e)
    }

    const BOTH: Traffic = Traffic {
        sent: true,
        serialize: true,
        deserialize: true,
        param_value: false,
    };

    #[test]
    fn plain_values_are_written_in_the_final_layout() {
        let (def, e) = status(&["active", "closed"]);
        let file = render(&def, &e, BOTH);
        assert!(file.sure());
        assert!(file.text.contains("            Self::V0 => \"active\",\n"));
        assert!(file.text.contains("            \"closed\" => Self::V1,\n"));
    }

    #[test]
    fn values_rustfmt_might_lay_out_otherwise_leave_the_file_to_it() {
        for value in ["naïve", &"x".repeat(90)] {
            let (def, e) = status(&["ok", value]);
            let file = render(&def, &e, BOTH);
            assert!(!file.sure(), "{value:?}");
            // The text still parses, with the value in its doc and its literal.
            let parsed = syn::parse_file(&file.text).expect("the text parses");
            let syn::Item::Enum(item) = &parsed.items[0] else {
                panic!("an enum first");
            };
            let doc = &item.variants[1].attrs[0];
            let syn::Meta::NameValue(nv) = &doc.meta else {
                panic!("a doc attribute");
            };
            let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            }) = &nv.value
            else {
                panic!("a string");
            };
            assert_eq!(text.value(), format!(" `{value}`"));
        }
    }

    #[test]
    fn an_enum_without_known_values_has_no_arm_that_cannot_match() {
        let (def, e) = status(&[]);
        let file = render(&def, &e, BOTH);
        assert!(!file.text.contains("known =>"), "{}", file.text);
        assert!(!file.text.contains("_ => Self::Unknown"), "{}", file.text);
        syn::parse_file(&file.text).expect("the text parses");
    }

    #[test]
    fn control_characters_in_values_are_shown_escaped_in_the_docs() {
        let (def, e) = status(&["two\nlines", "cr\rhere"]);
        let file = render(&def, &e, BOTH);
        assert!(file.sure());
        assert!(
            file.text.contains("    /// `two\\nlines`\n"),
            "{}",
            file.text
        );
        assert!(
            file.text.contains("\"cr\\rhere\" => Self::V1,"),
            "{}",
            file.text
        );
    }
}
