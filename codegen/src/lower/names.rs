//! Rust names from spec names: deterministic, valid identifiers, unique where they must be.

use std::collections::BTreeSet;

use heck::{ToSnakeCase, ToUpperCamelCase};

const KEYWORDS: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "union", "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final",
    "macro", "override", "priv", "try", "typeof", "unsized", "virtual", "yield",
];

/// Type names that would shadow what generated code uses unqualified.
const RESERVED_TYPES: &[&str] = &[
    "Option",
    "Result",
    "Vec",
    "String",
    "Box",
    "Some",
    "None",
    "Ok",
    "Err",
    "Self",
    "Client",
    "ClientBuilder",
    "Environment",
    "Error",
    "Response",
    "Value",
    "Decimal",
    "Uuid",
    "DateTime",
    "Date",
    "Bytes",
    "BTreeMap",
];

/// Keeps ASCII letters and digits, non-ASCII letters transliterated; everything else separates
/// words.
fn words(raw: &str) -> String {
    let ascii;
    let raw = if raw.is_ascii() {
        raw
    } else {
        ascii = deunicode::deunicode(raw);
        ascii.as_str()
    };
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if c == '-' && out.is_empty() {
            out.push_str("minus ");
        } else {
            out.push(' ');
        }
    }
    out
}

/// `UpperCamelCase` type or variant name; never empty, never starting with a digit.
pub fn type_name(raw: &str) -> String {
    let mut name = words(raw).to_upper_camel_case();
    if name.is_empty() {
        name = "Unnamed".into();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name = format!("N{name}");
    }
    name
}

/// A type name that does not shadow the names generated code relies on.
pub fn model_name(raw: &str) -> String {
    let name = type_name(raw);
    if RESERVED_TYPES.contains(&name.as_str()) {
        format!("{name}Model")
    } else {
        name
    }
}

/// `snake_case` field, function or module name; keywords get a trailing underscore.
pub fn snake_name(raw: &str) -> String {
    // Split camel case before heck sees it, so `pageSize` and `page[size]` both become `page_size`.
    let mut name = words(raw).to_snake_case();
    if name.is_empty() {
        name = "value".into();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name = format!("n{name}");
    }
    if KEYWORDS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// Makes `name` unique in `taken` by appending 2, 3, …, and records it.
pub fn unique(name: String, taken: &mut BTreeSet<String>) -> String {
    first_free(&name, "", |candidate| taken.insert(candidate.to_string()))
}

/// `name` if `take` accepts it, else the first of `name{separator}2`, `name{separator}3`, …
/// that it accepts. Every unique name in the crate comes from here; `take` decides what is free
/// (and records what it accepts).
pub fn first_free(name: &str, separator: &str, mut take: impl FnMut(&str) -> bool) -> String {
    if take(name) {
        return name.to_string();
    }
    (2..)
        .map(|n| format!("{name}{separator}{n}"))
        .find(|candidate| take(candidate))
        .expect("an unbounded counter always finds a free name")
}

/// The first of `candidates` that `take` accepts; when none is free, `first_free` on the first.
/// Callers list names derived from where a thing stands, most natural first, so a clash gives a
/// name that says something rather than a counter. The counter is the last resort: the flag
/// says it was taken, so the caller can tell the spec's author (it never is on the corpus or
/// the vendor specs).
pub fn first_free_of(candidates: &[String], mut take: impl FnMut(&str) -> bool) -> (String, bool) {
    if let Some(free) = candidates.iter().find(|c| take(c)) {
        return (free.clone(), false);
    }
    let first = candidates.first().map_or("Unnamed", String::as_str);
    (first_free(first, "", take), true)
}

/// Method names a setter never takes, because the type already has a method of that name or a
/// method-call of it would resolve to the setter instead of a trait's method: the builders' own
/// methods (`new`, `send`, `build`, `CallOptions` and `ClientBuilder` methods), methods of
/// traits the types implement or users call by method syntax (`clone`, `into`, `eq`, `fmt`,
/// ...), and the names clippy's `should_implement_trait` reserves for standard traits.
const NOT_SETTERS: &[&str] = &[
    // The types' own methods.
    "new",
    "build",
    "builder",
    "send",
    "send_with_response",
    "into_stream",
    "options_mut",
    "timeout",
    "deadline",
    "connect_timeout",
    "retry",
    "header",
    "environment",
    "base_url",
    "http_client",
    // Trait methods called by method syntax.
    "as_mut",
    "as_ref",
    "borrow",
    "borrow_mut",
    "clone",
    "clone_from",
    "clone_into",
    "cmp",
    "default",
    "eq",
    "fmt",
    "from",
    "hash",
    "into",
    "ne",
    "partial_cmp",
    "serialize",
    "deserialize",
    "to_owned",
    "to_string",
    "try_from",
    "try_into",
    "type_id",
    // `clippy::should_implement_trait`.
    "add",
    "bitand",
    "bitor",
    "bitxor",
    "deref",
    "deref_mut",
    "div",
    "drop",
    "from_iter",
    "from_str",
    "index",
    "index_mut",
    "into_iter",
    "mul",
    "neg",
    "next",
    "not",
    "rem",
    "shl",
    "shr",
    "sub",
];

/// The setter of a field or parameter whose Rust name is `field`: the name itself, as in
/// async-stripe, aws-sdk fluent builders and octocrab (`.page_size(10)`), unless a method of the
/// type or a trait owns it (the list `NOT_SETTERS`) or `free` refuses it (another setter or method
/// of the same type has it); then `set_{field}`, which says what the method does and cannot be
/// read as a conversion (`set_from(..)`, where `from_value(..)` would look like serde's).
/// Keywords arrive escaped by [`snake_name`] (`type_`) and keep that name.
pub fn setter_name(field: &str, mut free: impl FnMut(&str) -> bool) -> String {
    if !NOT_SETTERS.contains(&field) && free(field) {
        return field.to_string();
    }
    let derived = format!("set_{}", field.trim_end_matches('_'));
    first_free(&derived, "_", |candidate| {
        !NOT_SETTERS.contains(&candidate) && free(candidate)
    })
}

/// Variant name for an enum value.
pub fn variant_name(value: &str) -> String {
    if value.trim().is_empty() {
        return "Empty".into();
    }
    let name = type_name(value);
    if name == "Unknown" || name == "Self" {
        format!("{name}Value")
    } else {
        name
    }
}

/// Variant name for an integer enum value without `x-enum-varnames`.
pub fn integer_variant_name(value: i64) -> String {
    if value < 0 {
        format!("ValueMinus{}", value.unsigned_abs())
    } else {
        format!("Value{value}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_names_split_brackets_dots_and_camel_case() {
        assert_eq!(snake_name("page[size]"), "page_size");
        assert_eq!(snake_name("date_range.start"), "date_range_start");
        assert_eq!(snake_name("pageSize"), "page_size");
        assert_eq!(snake_name("X-CustomerID"), "x_customer_id");
        assert_eq!(snake_name("type"), "type_");
        assert_eq!(snake_name("3ds"), "n3ds");
        assert_eq!(snake_name("$$$"), "value");
    }

    #[test]
    fn type_names_are_valid_identifiers() {
        assert_eq!(
            type_name("PaymentGateway.Contracts.Customer"),
            "PaymentGatewayContractsCustomer"
        );
        assert_eq!(type_name("2fa-method"), "N2faMethod");
        assert_eq!(model_name("Error"), "ErrorModel");
        assert_eq!(variant_name("in-progress"), "InProgress");
        assert_eq!(variant_name(""), "Empty");
        assert_eq!(variant_name("unknown"), "UnknownValue");
        assert_eq!(variant_name("-1"), "Minus1");
        assert_eq!(integer_variant_name(-3), "ValueMinus3");
        // Non-ASCII letters are transliterated, not dropped.
        assert_eq!(variant_name("Zürich"), "Zurich");
        assert_eq!(variant_name("café crème"), "CafeCreme");
        assert_eq!(snake_name("größe"), "grosse");
    }

    #[test]
    fn setters_are_named_like_their_fields_unless_a_method_owns_the_name() {
        let free = |_: &str| true;
        assert_eq!(setter_name("page_size", free), "page_size");
        assert_eq!(setter_name("type_", free), "type_");
        assert_eq!(setter_name("new", free), "set_new");
        assert_eq!(setter_name("send", free), "set_send");
        assert_eq!(setter_name("into", free), "set_into");
        assert_eq!(setter_name("from", free), "set_from");
        // clippy's `should_implement_trait` would flag these.
        assert_eq!(setter_name("default", free), "set_default");
        assert_eq!(setter_name("next", free), "set_next");
        assert_eq!(setter_name("from_str", free), "set_from_str");
        // A field already called `set_new` keeps its name; the derived one moves on.
        let fields = ["new", "set_new"];
        let taken = |c: &str| !fields.contains(&c);
        assert_eq!(setter_name("new", taken), "set_new_2");
    }

    #[test]
    fn unique_appends_counters() {
        let mut taken = BTreeSet::new();
        assert_eq!(unique("a".into(), &mut taken), "a");
        assert_eq!(unique("a".into(), &mut taken), "a2");
        assert_eq!(unique("a".into(), &mut taken), "a3");
    }

    #[test]
    fn first_free_of_prefers_derived_names_to_counters() {
        let mut taken = BTreeSet::from(["TokenType".to_string()]);
        let mut take = |c: &str| taken.insert(c.to_string());
        let candidates = ["TokenType".to_string(), "TokenTypeValue".to_string()];
        assert_eq!(
            first_free_of(&candidates, &mut take),
            ("TokenTypeValue".to_string(), false)
        );
        // Only when every derived name is taken does a counter come in, and it says so.
        assert_eq!(
            first_free_of(&candidates, &mut take),
            ("TokenType2".to_string(), true)
        );
    }

    #[test]
    fn first_free_asks_until_a_name_is_accepted() {
        let mut asked = Vec::new();
        let name = first_free("models", "_", |candidate| {
            asked.push(candidate.to_string());
            candidate == "models_3"
        });
        assert_eq!(name, "models_3");
        assert_eq!(asked, ["models", "models_2", "models_3"]);
    }
}
