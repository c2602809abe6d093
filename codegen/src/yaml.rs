//! YAML or JSON text → JSON tree, read by serde_yaml or serde_json through one visitor.
//!
//! serde_yaml resolves scalars by the YAML 1.2 core schema (`null`/`~`/empty, `true`/`false`,
//! decimal, `0x`, `0o` and `0b` integers, floats) and reads every mapping key as its text, so
//! `200:` under `responses` is the key `"200"`, as OpenAPI means it. The tree is built by
//! [`Tree`], which builds the same `serde_json::Value` serde_json's own visitor would, counts
//! the values it builds on the way and notes every key a mapping repeats.
//!
//! Two bounds keep a hostile document from exhausting the machine. serde_yaml (and serde_json)
//! refuse nesting deeper than 128 levels themselves (their recursion limit). serde_yaml's alias
//! limit (100 alias jumps per event of the document) still lets a short document expand
//! quadratically, so [`Tree`] also stops once the tree holds a million values more than the text
//! has bytes: without aliases a value takes at least a byte of text, so only aliases can reach
//! that.
//!
//! A repeated key is noted where the map insert finds it taken, so a document without one costs
//! a length check per value (no measurable time on a 10,000-operation spec). Neither reader tells a visitor where it is, only an error does; so the lines of
//! repeated keys are found afterwards by reading the text again up to each of them
//! ([`locate`]), only when there are some.

mod locate;

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::map::Entry;
use serde_json::{Map, Number, Value};

/// Values that aliases may add to a document beyond one per byte of its text.
const MAX_ALIASED_VALUES: usize = 1_000_000;

/// Repeated keys listed one by one; past this they are only counted (aliases can copy one
/// mapping with a repeated key a hundred thousand times).
pub const MAX_LISTED_DUPLICATES: usize = 200;

/// A reading problem and where it is (1-based; 0 when the reader gives no position).
#[derive(Debug)]
pub struct Error {
    pub message: String,
    pub line: usize,
    pub column: usize,
}

/// Which reader a text is read with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    Yaml,
    Json,
}

/// A document read into a JSON tree, with the keys its mappings repeat.
#[derive(Debug)]
pub struct Parsed {
    /// The tree; a repeated key keeps its first place and its last value, as in serde_json.
    pub tree: Value,
    pub duplicates: Duplicates,
}

/// The keys repeated in a document's mappings.
#[derive(Debug, Default, PartialEq)]
pub struct Duplicates {
    /// The first [`MAX_LISTED_DUPLICATES`], in the order their mappings end.
    pub listed: Vec<DuplicateKey>,
    /// How many more there are whose values are all the same.
    pub more_identical: usize,
    /// How many more there are whose values differ.
    pub more_differing: usize,
}

/// A key that one mapping holds more than once.
#[derive(Clone, Debug, PartialEq)]
pub struct DuplicateKey {
    /// Where the mapping is: the keys and array indexes leading to it from the root.
    pub mapping: Vec<String>,
    /// The repeated key.
    pub key: String,
    /// How often the mapping holds it (at least 2).
    pub times: usize,
    /// Every value it is given is equal to the first.
    pub identical: bool,
    /// The line (1-based) of each time, in order, when found; empty when not.
    pub lines: Vec<usize>,
}

/// Reads one YAML document into a JSON tree.
pub fn parse(text: &str) -> Result<Parsed, Error> {
    let reader = Reader::new(text);
    let tree = Tree { reader: &reader }
        .deserialize(serde_yaml::Deserializer::from_str(text))
        .map_err(yaml_error)?;
    Ok(reader.finish(tree, text, Syntax::Yaml))
}

/// Reads one JSON document into a JSON tree, as `serde_json::from_str` would but noting
/// repeated keys.
pub fn parse_json(text: &str) -> Result<Parsed, Error> {
    let reader = Reader::new(text);
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let tree = Tree { reader: &reader }
        .deserialize(&mut deserializer)
        .and_then(|tree| deserializer.end().map(|()| tree))
        .map_err(json_error)?;
    Ok(reader.finish(tree, text, Syntax::Json))
}

fn yaml_error(err: serde_yaml::Error) -> Error {
    let (line, column) = err.location().map_or((0, 0), |at| (at.line(), at.column()));
    positioned(err.to_string(), line, column)
}

fn json_error(err: serde_json::Error) -> Error {
    positioned(err.to_string(), err.line(), err.column())
}

/// Both readers end most messages with the position, which `Error` carries apart.
fn positioned(text: String, line: usize, column: usize) -> Error {
    let suffix = format!(" at line {line} column {column}");
    let message = text.strip_suffix(&suffix).unwrap_or(&text).to_string();
    Error {
        message,
        line,
        column,
    }
}

/// What one read of a document shares between the visitors of all its values.
struct Reader {
    /// Values still allowed (see [`MAX_ALIASED_VALUES`]).
    budget: Cell<usize>,
    duplicates: RefCell<Duplicates>,
}

impl Reader {
    fn new(text: &str) -> Self {
        Self {
            budget: Cell::new(text.len().saturating_add(MAX_ALIASED_VALUES)),
            duplicates: RefCell::new(Duplicates::default()),
        }
    }

    /// How many repeated keys are listed so far.
    fn listed(&self) -> usize {
        self.duplicates.borrow().listed.len()
    }

    /// Repeated keys listed since `since` were found inside the value at `segment`: their
    /// path, built innermost first, gets it.
    fn prefix_since(&self, since: usize, segment: &str) {
        let mut duplicates = self.duplicates.borrow_mut();
        for found in duplicates.listed.iter_mut().skip(since) {
            found.mapping.push(segment.to_string());
        }
    }

    /// Notes the keys one mapping repeated, with a path empty so far.
    fn note(&self, repeated: Vec<DuplicateKey>) {
        let mut duplicates = self.duplicates.borrow_mut();
        for found in repeated {
            if duplicates.listed.len() < MAX_LISTED_DUPLICATES {
                duplicates.listed.push(found);
            } else if found.identical {
                duplicates.more_identical += 1;
            } else {
                duplicates.more_differing += 1;
            }
        }
    }

    fn finish(self, tree: Value, text: &str, syntax: Syntax) -> Parsed {
        let mut duplicates = self.duplicates.into_inner();
        for found in &mut duplicates.listed {
            found.mapping.reverse();
        }
        locate::lines(text, syntax, &mut duplicates.listed);
        Parsed { tree, duplicates }
    }
}

/// Builds one value (and everything in it) as serde_json's `Value` visitor does, taking one
/// from the budget per value and noting repeated keys.
#[derive(Clone, Copy)]
struct Tree<'r> {
    reader: &'r Reader,
}

impl Tree<'_> {
    fn count<E: de::Error>(self) -> Result<(), E> {
        let budget = &self.reader.budget;
        match budget.get().checked_sub(1) {
            Some(left) => {
                budget.set(left);
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
        loop {
            let listed = self.reader.listed();
            let Some(item) = seq.next_element_seed(self)? else {
                break;
            };
            if self.reader.listed() > listed {
                self.reader.prefix_since(listed, &items.len().to_string());
            }
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    /// A key is its text, whatever it looks like; a repeated key keeps its first place and
    /// its last value, as in serde_json, and is noted with whether its values differ.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        self.count()?;
        let mut object = Map::new();
        // Repeated keys, and where each is in `repeated` (neither allocates until a key repeats).
        let mut repeated: Vec<DuplicateKey> = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        while let Some(key) = map.next_key::<String>()? {
            self.count()?;
            let listed = self.reader.listed();
            let value = map.next_value_seed(self)?;
            if self.reader.listed() > listed {
                self.reader.prefix_since(listed, &key);
            }
            match object.entry(key) {
                Entry::Vacant(entry) => {
                    entry.insert(value);
                }
                Entry::Occupied(mut entry) => {
                    let identical = *entry.get() == value;
                    match seen.get(entry.key()) {
                        Some(&at) => {
                            repeated[at].times += 1;
                            repeated[at].identical &= identical;
                        }
                        None => {
                            seen.insert(entry.key().clone(), repeated.len());
                            repeated.push(DuplicateKey {
                                mapping: Vec::new(),
                                key: entry.key().clone(),
                                times: 2,
                                identical,
                                lines: Vec::new(),
                            });
                        }
                    }
                    entry.insert(value);
                }
            }
        }
        if !repeated.is_empty() {
            self.reader.note(repeated);
        }
        Ok(Value::Object(object))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    /// The reference: serde_yaml into serde_json's own `Value`.
    fn both(text: &str) -> (Result<Value, String>, Result<Value, String>) {
        let ours = super::parse(text).map(|p| p.tree).map_err(|e| e.message);
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

    fn repeated(
        mapping: &[&str],
        key: &str,
        times: usize,
        identical: bool,
        lines: &[usize],
    ) -> super::DuplicateKey {
        super::DuplicateKey {
            mapping: mapping.iter().map(|s| s.to_string()).collect(),
            key: key.into(),
            times,
            identical,
            lines: lines.to_vec(),
        }
    }

    /// Every repeated key, nested in mappings and lists, with the path to its mapping, how
    /// often, whether the values differ and the line of each time; the tree keeps the last value.
    #[test]
    fn repeated_yaml_keys_are_noted_with_path_and_lines() {
        let text = r#"openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /a:
    get:
      responses: {"200": {description: ok}}
      responses: {"201": {description: ok}}
      parameters:
        - name: q
          in: query
          in: query
components:
  schemas:
    X: {type: object}
    X: {type: string}
    X: {type: string}
openapi: 3.0.3
"#;
        let parsed = super::parse(text).unwrap();
        assert_eq!(
            parsed.duplicates.listed,
            [
                repeated(
                    &["paths", "/a", "get", "parameters", "0"],
                    "in",
                    2,
                    true,
                    &[10, 11]
                ),
                repeated(&["paths", "/a", "get"], "responses", 2, false, &[6, 7]),
                repeated(&["components", "schemas"], "X", 3, false, &[14, 15, 16]),
                repeated(&[], "openapi", 2, true, &[1, 17]),
            ]
        );
        let tree = parsed.tree;
        assert_eq!(tree["components"]["schemas"]["X"]["type"], "string");
        assert!(tree["paths"]["/a"]["get"]["responses"]["201"].is_object());
        assert!(tree["paths"]["/a"]["get"]["responses"]["200"].is_null());
        let first: Vec<&String> = tree.as_object().unwrap().keys().collect();
        assert_eq!(first, ["openapi", "info", "paths", "components"]);
        // Values equal as trees are the same value, however they are written.
        let same = super::parse("a: {x: [1, 2]}\na:\n  x:\n    - 1\n    - 2\n").unwrap();
        assert_eq!(
            same.duplicates.listed,
            [repeated(&[], "a", 2, true, &[1, 2])]
        );
        // Values that differ anywhere, here the second of three, differ.
        let later = super::parse("a: 1\na: 2\na: 2\n").unwrap();
        assert_eq!(
            later.duplicates.listed,
            [repeated(&[], "a", 3, false, &[1, 2, 3])]
        );
    }

    #[test]
    fn repeated_json_keys_are_noted_with_path_and_lines() {
        let text = r#"{
  "a": {
    "b": 1,
    "b": 2
  },
  "list": [{"c": [1], "c": [1]}],
  "a": {"b": 1},
  "k/~": 1, "k/~": 1
}"#;
        let parsed = super::parse_json(text).unwrap();
        assert_eq!(
            parsed.duplicates.listed,
            [
                repeated(&["a"], "b", 2, false, &[3, 4]),
                repeated(&["list", "0"], "c", 2, true, &[6, 6]),
                repeated(&[], "a", 2, false, &[2, 7]),
                repeated(&[], "k/~", 2, true, &[8, 8]),
            ]
        );
        assert_eq!(parsed.tree["a"], serde_json::json!({"b": 1}));
    }

    /// A mapping copied by aliases repeats its key at every place it is copied to; the line is
    /// where it is written.
    #[test]
    fn repeated_keys_in_an_aliased_mapping_are_noted_where_copied() {
        let text = "base: &base {k: 1, k: 1}\none: *base\ntwo: {nested: *base}\n";
        let parsed = super::parse(text).unwrap();
        assert_eq!(
            parsed.duplicates.listed,
            [
                repeated(&["base"], "k", 2, true, &[1, 1]),
                repeated(&["one"], "k", 2, true, &[1, 1]),
                repeated(&["two", "nested"], "k", 2, true, &[1, 1]),
            ]
        );
    }

    /// Past the listed ones repeated keys are only counted, split by whether values differ;
    /// lines are found while the re-reading budget lasts, all of a key's or none.
    #[test]
    fn repeated_keys_are_listed_up_to_a_bound_and_located_within_a_budget() {
        let mut text = String::new();
        for i in 0..150 {
            text.push_str(&format!("d{i}: 1\nd{i}: 2\n"));
        }
        for i in 0..100 {
            text.push_str(&format!("s{i}: 1\ns{i}: 1\n"));
        }
        let parsed = super::parse(&text).unwrap();
        let duplicates = &parsed.duplicates;
        assert_eq!(duplicates.listed.len(), super::MAX_LISTED_DUPLICATES);
        assert_eq!(duplicates.more_differing, 0);
        assert_eq!(duplicates.more_identical, 50);
        assert_eq!(
            duplicates.listed[199],
            repeated(&[], "s49", 2, true, &[399, 400])
        );

        // A budget of five reads of the text: the first two keys, not the third (which would
        // take three reads, one more than is left).
        let text = "a: 1\na: 2\nb: 1\nb: 2\nc: 1\nc: 2\nc: 3\n";
        let mut listed = super::parse(text).unwrap().duplicates.listed;
        for found in &mut listed {
            found.lines.clear();
        }
        super::locate::lines_within(text, super::Syntax::Yaml, &mut listed, 5 * text.len());
        let lines: Vec<&[usize]> = listed.iter().map(|d| d.lines.as_slice()).collect();
        assert_eq!(lines, [&[1, 2][..], &[3, 4], &[]]);
    }

    /// The JSON reader builds the tree serde_json builds, and refuses what it refuses.
    #[test]
    fn json_is_read_as_serde_json_reads_it() {
        let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/corpus");
        let mut read = 0;
        for entry in std::fs::read_dir(corpus).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                let text = std::fs::read_to_string(&path).unwrap();
                let ours = super::parse_json(&text).unwrap();
                let theirs: Value = serde_json::from_str(&text).unwrap();
                assert!(ours.tree == theirs, "{}", path.display());
                assert_eq!(ours.duplicates, super::Duplicates::default());
                read += 1;
            }
        }
        assert!(read >= 10, "{read} corpus files");
        for text in [
            r#"{"a": [1, -2, 1.5e3, 99999999999999999999, true, null, "\ud83d\udc4d\n"]}"#,
            r#"{"a": 1, "a": 2}"#,
        ] {
            let theirs: Value = serde_json::from_str(text).unwrap();
            assert_eq!(super::parse_json(text).unwrap().tree, theirs, "{text}");
        }
        // serde_json's nesting bound holds.
        let deep = format!("{{\"a\": {}1{}}}", "[".repeat(200), "]".repeat(200));
        let err = super::parse_json(&deep).expect_err("200 levels");
        assert!(err.message.contains("recursion limit"), "{}", err.message);
        let fine = format!("{{\"a\": {}1{}}}", "[".repeat(100), "]".repeat(100));
        assert!(super::parse_json(&fine).is_ok());
        for text in [r#"{"a": 1} x"#, r#"{"a": 1,}"#, "{\"a\": 1\n"] {
            let err = super::parse_json(text).expect_err(text);
            assert!(err.line > 0, "{text}: {}", err.message);
            assert!(serde_json::from_str::<Value>(text).is_err());
        }
    }

    /// The value at `path` in `tree`.
    fn at<'t>(tree: &'t Value, path: &[String]) -> Option<&'t Value> {
        path.iter().try_fold(tree, |node, segment| match node {
            Value::Object(map) => map.get(segment),
            Value::Array(items) => items.get(segment.parse::<usize>().ok()?),
            _ => None,
        })
    }

    /// Real specs with one line copied below itself: wherever the line is, the copy is found as
    /// the one repeated key, in the mapping that holds it, on those two lines.
    #[test]
    fn a_copied_line_of_a_real_spec_is_found_where_it_is() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        let mut found = 0;
        for (file, syntax) in [
            ("specs/arise.yaml", super::Syntax::Yaml),
            ("specs/rise-crm.yaml", super::Syntax::Yaml),
            ("tests/fixtures/breadth.yaml", super::Syntax::Yaml),
            ("tests/fixtures/openapi31.yaml", super::Syntax::Yaml),
            ("tests/corpus/codat-bank-feeds.json", super::Syntax::Json),
            ("tests/corpus/adyen-binlookup.json", super::Syntax::Json),
        ] {
            let text = std::fs::read_to_string(root.join(file)).unwrap();
            let lines: Vec<&str> = text.lines().collect();
            for _ in 0..40 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                let n = (seed >> 33) as usize % lines.len();
                let line = lines[n];
                // A whole `key: value` entry on one line; in JSON, the copy goes first with a
                // comma so the object stays valid.
                let key = match syntax {
                    super::Syntax::Yaml => line.trim_start().split_once(": ").map(|(k, _)| k),
                    super::Syntax::Json => line
                        .trim_start()
                        .strip_prefix('"')
                        .and_then(|l| l.split_once("\": "))
                        .map(|(k, _)| k),
                };
                let Some(key) = key.filter(|k| {
                    !k.is_empty() && k.chars().all(|c| c.is_alphanumeric() || "$_-".contains(c))
                }) else {
                    continue;
                };
                let copy = match syntax {
                    super::Syntax::Yaml => line.to_string(),
                    super::Syntax::Json => format!("{},", line.trim_end_matches(',')),
                };
                let mut changed: Vec<&str> = lines.clone();
                changed.insert(n, &copy);
                let changed = changed.join("\n") + "\n";
                let parsed = match syntax {
                    super::Syntax::Yaml => super::parse(&changed),
                    super::Syntax::Json => super::parse_json(&changed),
                };
                // A line inside a block of text is no key: nothing repeats.
                let Ok(parsed) = parsed else { continue };
                let [repeated] = parsed.duplicates.listed.as_slice() else {
                    assert!(parsed.duplicates.listed.is_empty(), "{file}:{n}: {line}");
                    continue;
                };
                // (The values may differ: a plain scalar can go on over the next lines.)
                assert_eq!(
                    (repeated.key.as_str(), repeated.times),
                    (key, 2),
                    "{file}:{n}: {line}"
                );
                assert_eq!(repeated.lines, [n + 1, n + 2], "{file}:{n}: {line}");
                let mapping =
                    at(&parsed.tree, &repeated.mapping).expect("the path leads somewhere");
                assert!(
                    mapping.get(key).is_some(),
                    "{file}:{n}: {:?}",
                    repeated.mapping
                );
                found += 1;
            }
        }
        assert!(found >= 60, "only {found} lines were keys");
    }

    /// What the error for differing values rests on (README, Decisions): no real spec repeats
    /// a key (the JSON corpus is checked in `json_is_read_as_serde_json_reads_it`).
    #[test]
    fn no_vendor_or_fixture_spec_repeats_a_key() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut read = 0;
        for dir in ["specs", "tests/fixtures"] {
            for entry in std::fs::read_dir(root.join(dir)).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "yaml") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    let parsed = super::parse(&text).unwrap();
                    assert_eq!(
                        parsed.duplicates,
                        super::Duplicates::default(),
                        "{}",
                        path.display()
                    );
                    read += 1;
                }
            }
        }
        assert!(read >= 10, "{read} specs");
    }
}
