//! YAML text → JSON tree, read by serde_yaml.
//!
//! serde_yaml resolves scalars by the YAML 1.2 core schema (`null`/`~`/empty, `true`/`false`,
//! decimal, `0x`, `0o` and `0b` integers, floats) and reads every mapping key as its text, so
//! `200:` under `responses` is the key `"200"`, as OpenAPI means it. The tree is built by
//! [`Tree`], which builds the same `serde_json::Value` serde_json's own visitor would, and
//! counts the values it builds on the way.
//!
//! Two bounds keep a hostile document from exhausting the machine. serde_yaml refuses nesting
//! deeper than 128 levels itself (its recursion limit). Its alias limit (100 alias jumps per
//! event of the document) still lets a short document expand quadratically, so [`Tree`] also
//! stops once the tree holds a million values more than the text has bytes: without aliases a
//! value takes at least a byte of text, so only aliases can reach that.

use std::cell::Cell;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

/// Values that aliases may add to a document beyond one per byte of its text.
const MAX_ALIASED_VALUES: usize = 1_000_000;

/// A YAML problem and where it is (1-based; 0 when serde_yaml gives no position).
#[derive(Debug)]
pub struct Error {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

/// Reads one YAML document into a JSON tree.
pub fn parse(text: &str) -> Result<Value, Error> {
    let budget = Cell::new(text.len().saturating_add(MAX_ALIASED_VALUES));
    let deserializer = serde_yaml::Deserializer::from_str(text);
    Tree { budget: &budget }
        .deserialize(deserializer)
        .map_err(|err| {
            let (line, column) = err.location().map_or((0, 0), |at| (at.line(), at.column()));
            // serde_yaml ends most messages with the position, which `Error` carries apart.
            let text = err.to_string();
            let suffix = format!(" at line {line} column {column}");
            let message = text.strip_suffix(&suffix).unwrap_or(&text).to_string();
            Error {
                message,
                line,
                column,
            }
        })
}

/// Builds one value (and everything in it) as serde_json's `Value` visitor does, taking one
/// from `budget` per value.
#[derive(Clone, Copy)]
struct Tree<'b> {
    budget: &'b Cell<usize>,
}

impl Tree<'_> {
    fn count<E: de::Error>(self) -> Result<(), E> {
        match self.budget.get().checked_sub(1) {
            Some(left) => {
                self.budget.set(left);
                Ok(())
            }
            None => Err(E::custom(format!(
                "aliases copy more than {MAX_ALIASED_VALUES} values"
            ))),
        }
    }
}

impl<'de> DeserializeSeed<'de> for Tree<'_> {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Tree<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Value, E> {
        self.count()?;
        Ok(Value::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Value, E> {
        self.count()?;
        Ok(Value::Number(v.into()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Value, E> {
        self.count()?;
        Ok(Value::Number(v.into()))
    }

    /// An integer outside 64 bits is read as the nearest float, as serde_json reads it from
    /// JSON: JSON Schema allows any number (`minimum: -9223372036854776000`), so it is no reason
    /// to reject a spec (serde_yaml into a JSON value fails on it instead).
    fn visit_i128<E: de::Error>(self, v: i128) -> Result<Value, E> {
        self.visit_f64(v as f64)
    }

    fn visit_u128<E: de::Error>(self, v: u128) -> Result<Value, E> {
        self.visit_f64(v as f64)
    }

    /// `.inf` and `.nan` have no JSON number: null, as in serde_json.
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        self.count()?;
        Ok(Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Value, E> {
        self.visit_string(v.to_string())
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Value, E> {
        self.count()?;
        Ok(Value::String(v))
    }

    fn visit_none<E: de::Error>(self) -> Result<Value, E> {
        self.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Value, E> {
        self.count()?;
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        self.count()?;
        let mut items = Vec::new();
        while let Some(item) = seq.next_element_seed(self)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    /// A key is its text, whatever it looks like; a repeated key keeps its first place and
    /// its last value, as in serde_json.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        self.count()?;
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            self.count()?;
            let value = map.next_value_seed(self)?;
            object.insert(key, value);
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    /// The reference: serde_yaml into serde_json's own `Value`.
    fn both(text: &str) -> (Result<Value, String>, Result<Value, String>) {
        let ours = super::parse(text).map_err(|e| e.message);
        let theirs = serde_yaml::from_str::<Value>(text).map_err(|e| e.to_string());
        (ours, theirs)
    }

    /// Scalars of every kind, anchors, aliases, tags, flow and block styles: the same tree as
    /// serde_json's visitor builds.
    #[test]
    fn same_tree_as_serde_json_builds() {
        let text = r#"
plain: [~, null, Null, NULL, "", true, True, TRUE, false, FALSE, yes, no, on, off]
ints: [0, 1, -1, +7, 007, -007, 0x1F, -0x1F, 0o17, 0b101, +0x10, 18446744073709551615, -9223372036854775808]
floats: [1.5, -2.5e3, .inf, -.inf, +.inf, .nan, .NaN, 1e400, 1_000, 0.1, "1.5", 1., .5]
texts: [abc, "quoted", 'single', "multi\nline", "\u00e9", infinity, nan, 0x, 0xZZ, -, +, 1-2]
tagged: [!!str 12, !!int "42", !!float "1", !!bool "true", !!null "~", !!str ""]
block: |
  line one
    indented
folded: >
  folded
  text
keys:
  200: two hundred
  true: boolean key
  ~: tilde key
  1.0: float key
  "quoted": key
  ? complex
  : value
anchors:
  base: &base {a: 1, b: [x, y]}
  copy: *base
  scalar: &s text
  again: *s
  &k keyed: 1
  *k : 2
dup: 1
dup: 2
empty:
nested: {a: {b: {c: [1, [2, [3]]]}}}
"#;
        let (ours, theirs) = both(text);
        assert_eq!(ours, theirs);
        let tree = ours.expect("reads");
        assert_eq!(tree["keys"]["200"], "two hundred");
        assert_eq!(tree["anchors"]["copy"]["b"][1], "y");
    }

    #[test]
    fn refused_documents_are_refused_with_a_position() {
        for (text, line) in [
            ("a: !Ref x\n", 1),
            // serde_yaml names no position for a second document.
            ("a: 1\n---\nb: 2\n", 0),
            ("a: [1, 2\nb: 3\n", 2),
            ("a: *nowhere\n", 1),
            ("a: !!int abc\n", 1),
            ("{a: 1}: b\n", 1),
        ] {
            let err = super::parse(text).expect_err(text);
            assert_eq!(err.line, line, "{text:?}: {}", err.message);
            assert!(
                !err.message.ends_with(&format!(" column {}", err.column)),
                "{}",
                err.message
            );
        }
    }

    #[test]
    fn nesting_is_bounded() {
        let deep = format!("a: {}1{}\n", "[".repeat(200), "]".repeat(200));
        let err = super::parse(&deep).expect_err("200 levels");
        assert!(err.message.contains("recursion limit"), "{}", err.message);
        let fine = format!("a: {}1{}\n", "[".repeat(100), "]".repeat(100));
        assert!(super::parse(&fine).is_ok());
    }

    /// Ten levels of ten aliases each: 10^8 values from 400 bytes.
    #[test]
    fn aliases_cannot_expand_without_bound() {
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 1..8 {
            let p = i - 1;
            text.push_str(&format!(
                "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
            ));
        }
        let err = super::parse(&text).expect_err("a billion laughs");
        assert!(
            err.message.contains("more than 1000000 values")
                || err.message.contains("repetition limit"),
            "{}",
            err.message
        );
    }

    /// Within serde_yaml's own alias limit but far past ours: one large anchored list, copied
    /// a few thousand times.
    #[test]
    fn a_large_anchor_copied_often_is_refused() {
        let list = vec!["1"; 5_000].join(", ");
        let copies = vec!["*big"; 2_000].join(", ");
        let text = format!("big: &big [{list}]\ncopies: [{copies}]\n");
        let err = super::parse(&text).expect_err("ten million values");
        assert!(
            err.message.contains("more than 1000000 values"),
            "{}",
            err.message
        );
        // A few copies are fine.
        let text = format!("big: &big [{list}]\ncopies: [*big, *big, *big]\n");
        assert!(super::parse(&text).is_ok());
    }

    /// The one place where the reader departs from serde_yaml on purpose: an integer outside 64
    /// bits is a float (serde_json reads it from JSON so), not an error that rejects the spec.
    #[test]
    fn an_integer_outside_64_bits_is_read_as_a_float() {
        for (text, value) in [
            ("a: 123456789012345678901234567890\n", 1.2345678901234568e29),
            ("a: -9223372036854776000\n", -9223372036854775808.0),
            ("a: 18446744073709551616\n", 18446744073709551616.0),
        ] {
            let (ours, theirs) = both(text);
            assert!(theirs.is_err(), "serde_yaml now accepts {text:?}");
            assert_eq!(ours.unwrap()["a"].as_f64(), Some(value), "{text:?}");
        }
    }
}
