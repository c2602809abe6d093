//! YAML text → JSON tree, built straight from libyaml's events.
//!
//! serde_yaml's loader first copies every event of the document into a vector and then replays
//! it through serde; for a large spec that was most of the parse step. This reads the same
//! libyaml parser (`unsafe-libyaml`, which serde_yaml is built on) and builds the tree as the
//! events arrive. Values resolve exactly as serde_yaml resolves them into a `serde_json::Value`
//! (YAML 1.2 core schema: `null`/`~`/empty, `true`/`false`, decimal, `0x`, `0o` and `0b`
//! integers, floats, `.inf` and `.nan` as null); mapping keys are their text, whatever they look
//! like. `tests::same_tree_as_serde_yaml` holds the two to the same trees.

use serde_json::{Map, Number, Value};

/// Nesting deeper than this is refused (serde_yaml's limit too): the tree is walked recursively
/// later.
const MAX_DEPTH: usize = 128;
/// Values that aliases may copy in all, against documents built to explode
/// ("billion laughs").
const MAX_ALIASED_VALUES: usize = 1_000_000;

const TAG_BOOL: &str = "tag:yaml.org,2002:bool";
const TAG_INT: &str = "tag:yaml.org,2002:int";
const TAG_FLOAT: &str = "tag:yaml.org,2002:float";
const TAG_NULL: &str = "tag:yaml.org,2002:null";

/// A YAML problem and where it is (1-based).
#[derive(Debug)]
pub struct Error {
    pub message: String,
    pub line: u64,
    pub column: u64,
}

/// Reads one YAML document into a JSON tree.
pub fn parse(text: &str) -> Result<Value, Error> {
    let mut parser = Parser::new(text);
    let mut builder = Builder::default();
    let mut documents = 0;
    loop {
        let event = parser.next()?;
        let at = |message: String| Error {
            message,
            line: event.mark.line + 1,
            column: event.mark.column + 1,
        };
        match event.kind {
            Kind::StreamEnd => break,
            Kind::DocumentStart => {
                documents += 1;
                if documents > 1 {
                    return Err(at(
                        "more than one YAML document: a spec is one document".into()
                    ));
                }
            }
            Kind::Other => {}
            kind => builder.event(kind).map_err(at)?,
        }
    }
    Ok(builder.root.unwrap_or(Value::Null))
}

/// What an event says, with its text copied out of libyaml's buffers.
enum Kind {
    StreamEnd,
    DocumentStart,
    Scalar {
        text: String,
        tag: Option<String>,
        plain: bool,
        anchor: Option<String>,
    },
    SequenceStart {
        tag: Option<String>,
        anchor: Option<String>,
    },
    MappingStart {
        tag: Option<String>,
        anchor: Option<String>,
    },
    End,
    Alias(String),
    Other,
}

struct Event {
    kind: Kind,
    mark: unsafe_libyaml::yaml_mark_t,
}

/// libyaml's parser over the text; it reads the text in place.
struct Parser<'a> {
    state: Box<std::mem::MaybeUninit<unsafe_libyaml::yaml_parser_t>>,
    _text: &'a str,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str) -> Self {
        let mut state = Box::new(std::mem::MaybeUninit::<unsafe_libyaml::yaml_parser_t>::uninit());
        // SAFETY: the parser is initialised in place (boxed, so it never moves), and reads the
        // text, which outlives it, through the pointer it is given.
        unsafe {
            if unsafe_libyaml::yaml_parser_initialize(state.as_mut_ptr()).fail {
                panic!("libyaml could not allocate its parser");
            }
            unsafe_libyaml::yaml_parser_set_input_string(
                state.as_mut_ptr(),
                text.as_ptr(),
                text.len() as u64,
            );
        }
        Parser { state, _text: text }
    }

    fn next(&mut self) -> Result<Event, Error> {
        let mut raw = std::mem::MaybeUninit::<unsafe_libyaml::yaml_event_t>::uninit();
        // SAFETY: the parser was initialised in `new`; on success the event is initialised and
        // deleted below once its text is copied out.
        unsafe {
            if unsafe_libyaml::yaml_parser_parse(self.state.as_mut_ptr(), raw.as_mut_ptr()).fail {
                return Err(self.error());
            }
            let raw = raw.assume_init_mut();
            let kind = kind(raw);
            let mark = raw.start_mark;
            unsafe_libyaml::yaml_event_delete(raw);
            Ok(Event { kind, mark })
        }
    }

    fn error(&self) -> Error {
        // SAFETY: the parser was initialised; after a failure libyaml has set its problem
        // fields (the strings are static or null).
        unsafe {
            let parser = self.state.assume_init_ref();
            let mut message = c_text(parser.problem).unwrap_or_else(|| "unknown problem".into());
            if let Some(context) = c_text(parser.context) {
                message = format!(
                    "{message}, {context} at line {} column {}",
                    parser.context_mark.line + 1,
                    parser.context_mark.column + 1
                );
            }
            Error {
                message,
                line: parser.problem_mark.line + 1,
                column: parser.problem_mark.column + 1,
            }
        }
    }
}

impl Drop for Parser<'_> {
    fn drop(&mut self) {
        // SAFETY: initialised in `new`, deleted once.
        unsafe { unsafe_libyaml::yaml_parser_delete(self.state.as_mut_ptr()) }
    }
}

/// SAFETY: `event` must be an event libyaml returned and has not deleted yet.
unsafe fn kind(event: &unsafe_libyaml::yaml_event_t) -> Kind {
    match event.type_ {
        unsafe_libyaml::YAML_STREAM_END_EVENT => Kind::StreamEnd,
        unsafe_libyaml::YAML_DOCUMENT_START_EVENT => Kind::DocumentStart,
        unsafe_libyaml::YAML_SCALAR_EVENT => {
            let scalar = &event.data.scalar;
            let bytes = std::slice::from_raw_parts(scalar.value, scalar.length as usize);
            Kind::Scalar {
                text: String::from_utf8_lossy(bytes).into_owned(),
                tag: c_text(scalar.tag.cast()),
                plain: scalar.style == unsafe_libyaml::YAML_PLAIN_SCALAR_STYLE,
                anchor: c_text(scalar.anchor.cast()),
            }
        }
        unsafe_libyaml::YAML_SEQUENCE_START_EVENT => Kind::SequenceStart {
            tag: c_text(event.data.sequence_start.tag.cast()),
            anchor: c_text(event.data.sequence_start.anchor.cast()),
        },
        unsafe_libyaml::YAML_MAPPING_START_EVENT => Kind::MappingStart {
            tag: c_text(event.data.mapping_start.tag.cast()),
            anchor: c_text(event.data.mapping_start.anchor.cast()),
        },
        unsafe_libyaml::YAML_SEQUENCE_END_EVENT | unsafe_libyaml::YAML_MAPPING_END_EVENT => {
            Kind::End
        }
        unsafe_libyaml::YAML_ALIAS_EVENT => {
            Kind::Alias(c_text(event.data.alias.anchor.cast()).unwrap_or_default())
        }
        _ => Kind::Other,
    }
}

/// SAFETY: `text` is null or a NUL-terminated string.
unsafe fn c_text(text: *const std::ffi::c_char) -> Option<String> {
    (!text.is_null()).then(|| {
        std::ffi::CStr::from_ptr(text)
            .to_string_lossy()
            .into_owned()
    })
}

/// An open sequence or mapping, with the anchor it will be stored under.
enum Open {
    Sequence(Vec<Value>, Option<String>),
    /// The key read and waiting for its value, if any.
    Mapping(Map<String, Value>, Option<String>, Option<String>),
}

/// A value under an anchor, with its text when it is a scalar (a key made from an alias is the
/// scalar's text).
struct Anchored {
    value: Value,
    text: Option<String>,
}

#[derive(Default)]
struct Builder {
    open: Vec<Open>,
    anchors: std::collections::HashMap<String, Anchored>,
    aliased: usize,
    root: Option<Value>,
}

impl Builder {
    fn event(&mut self, kind: Kind) -> Result<(), String> {
        match kind {
            Kind::Scalar {
                text,
                tag,
                plain,
                anchor,
            } => {
                if self.expects_key() {
                    // A key is its text, whatever its tag or style (serde_yaml reads keys as
                    // strings).
                    return self.key(text, anchor);
                }
                let value = scalar(&text, tag.as_deref(), plain)?;
                if let Some(anchor) = anchor {
                    let stored = Anchored {
                        value: value.clone(),
                        text: Some(text),
                    };
                    self.anchors.insert(anchor, stored);
                }
                self.value(value)
            }
            Kind::SequenceStart { tag, anchor } => {
                collection_tag(tag.as_deref())?;
                self.open_one(Open::Sequence(Vec::new(), anchor))
            }
            Kind::MappingStart { tag, anchor } => {
                collection_tag(tag.as_deref())?;
                self.open_one(Open::Mapping(Map::new(), None, anchor))
            }
            Kind::End => {
                let (value, anchor) = match self.open.pop() {
                    Some(Open::Sequence(items, anchor)) => (Value::Array(items), anchor),
                    Some(Open::Mapping(map, _, anchor)) => (Value::Object(map), anchor),
                    None => return Err("a collection ends that never started".into()),
                };
                if let Some(anchor) = anchor {
                    let stored = Anchored {
                        value: value.clone(),
                        text: None,
                    };
                    self.anchors.insert(anchor, stored);
                }
                self.value(value)
            }
            Kind::Alias(name) => {
                let Some(anchored) = self.anchors.get(&name) else {
                    return Err(format!("unknown anchor `{name}`"));
                };
                if self.expects_key() {
                    let Some(text) = anchored.text.clone() else {
                        return Err(format!(
                            "the alias `{name}` is used as a key but is not a scalar"
                        ));
                    };
                    return self.key(text, None);
                }
                let value = anchored.value.clone();
                self.aliased += 1 + count(&value);
                if self.aliased > MAX_ALIASED_VALUES {
                    return Err(format!(
                        "aliases copy more than {MAX_ALIASED_VALUES} values"
                    ));
                }
                self.value(value)
            }
            Kind::StreamEnd | Kind::DocumentStart | Kind::Other => Ok(()),
        }
    }

    fn expects_key(&self) -> bool {
        matches!(self.open.last(), Some(Open::Mapping(_, None, _)))
    }

    fn key(&mut self, text: String, anchor: Option<String>) -> Result<(), String> {
        if let Some(anchor) = anchor {
            let stored = Anchored {
                value: Value::String(text.clone()),
                text: Some(text.clone()),
            };
            self.anchors.insert(anchor, stored);
        }
        if let Some(Open::Mapping(_, key, _)) = self.open.last_mut() {
            *key = Some(text);
        }
        Ok(())
    }

    fn open_one(&mut self, open: Open) -> Result<(), String> {
        if self.expects_key() {
            return Err("a mapping key must be a string, not a collection".into());
        }
        if self.open.len() >= MAX_DEPTH {
            return Err(format!("nested deeper than {MAX_DEPTH} levels"));
        }
        self.open.push(open);
        Ok(())
    }

    /// A finished value goes into the collection that is open, or is the document.
    fn value(&mut self, value: Value) -> Result<(), String> {
        match self.open.last_mut() {
            Some(Open::Sequence(items, _)) => items.push(value),
            Some(Open::Mapping(map, key, _)) => {
                if let Some(key) = key.take() {
                    map.insert(key, value);
                }
            }
            None => self.root = Some(value),
        }
        Ok(())
    }
}

/// Values in a tree, counted for the alias limit.
fn count(value: &Value) -> usize {
    match value {
        Value::Array(items) => items.iter().map(|v| 1 + count(v)).sum(),
        Value::Object(map) => map.values().map(|v| 1 + count(v)).sum(),
        _ => 0,
    }
}

/// Sequences and mappings take no tag but the standard ones.
fn collection_tag(tag: Option<&str>) -> Result<(), String> {
    match tag {
        Some(tag) if tag.starts_with('!') => Err(format!("the tag `{tag}` is not supported")),
        _ => Ok(()),
    }
}

/// A scalar's value, as serde_yaml reads it into a JSON value.
fn scalar(text: &str, tag: Option<&str>, plain: bool) -> Result<Value, String> {
    let invalid = |expected: &str| format!("invalid value `{text}` for a tagged {expected}");
    match tag {
        Some(tag) if tag.starts_with('!') => Err(format!("the tag `{tag}` is not supported")),
        Some(TAG_BOOL) => parse_bool(text)
            .map(Value::Bool)
            .ok_or_else(|| invalid("boolean")),
        Some(TAG_INT) => parse_int(text).ok_or_else(|| invalid("integer"))?,
        Some(TAG_FLOAT) => parse_f64(text).map(float).ok_or_else(|| invalid("float")),
        Some(TAG_NULL) => parse_null(text)
            .then_some(Value::Null)
            .ok_or_else(|| invalid("null")),
        Some(_) => Ok(Value::String(text.to_string())),
        None if plain => untagged(text),
        None => Ok(Value::String(text.to_string())),
    }
}

/// A plain scalar: null, boolean, integer, float, else text.
fn untagged(text: &str) -> Result<Value, String> {
    if text.is_empty() || parse_null(text) {
        return Ok(Value::Null);
    }
    if let Some(boolean) = parse_bool(text) {
        return Ok(Value::Bool(boolean));
    }
    if let Some(int) = parse_int(text) {
        return int;
    }
    if !digits_but_not_number(text) {
        if let Some(value) = parse_f64(text) {
            return Ok(float(value));
        }
    }
    Ok(Value::String(text.to_string()))
}

fn float(value: f64) -> Value {
    Number::from_f64(value).map_or(Value::Null, Value::Number)
}

fn parse_null(text: &str) -> bool {
    matches!(text, "null" | "Null" | "NULL" | "~")
}

fn parse_bool(text: &str) -> Option<bool> {
    match text {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

/// An integer. One outside 64 bits is read as the nearest float, as serde_json reads it from
/// JSON: JSON Schema allows any number (`minimum: -9223372036854776000`), so it is no reason to
/// reject a spec. (serde_yaml into a JSON value fails on those within 128 bits instead.)
fn parse_int(text: &str) -> Option<Result<Value, String>> {
    if let Some(int) = unsigned(text, u64::from_str_radix) {
        return Some(Ok(Value::from(int)));
    }
    if let Some(int) = negative(text, i64::from_str_radix) {
        return Some(Ok(Value::from(int)));
    }
    if let Some(int) = unsigned(text, u128::from_str_radix) {
        return Some(Ok(float(int as f64)));
    }
    if let Some(int) = negative(text, i128::from_str_radix) {
        return Some(Ok(float(int as f64)));
    }
    None
}

type Radix<T> = fn(&str, u32) -> Result<T, std::num::ParseIntError>;

/// Prefixed (`0x`, `0o`, `0b`) digits after `text`'s sign.
fn prefixed<T>(digits: &str, sign: &str, from_str_radix: Radix<T>) -> Option<T> {
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(rest) = digits.strip_prefix(prefix) {
            if rest.starts_with(['+', '-']) {
                return None;
            }
            if let Ok(int) = from_str_radix(&format!("{sign}{rest}"), radix) {
                return Some(int);
            }
        }
    }
    None
}

fn unsigned<T>(text: &str, from_str_radix: Radix<T>) -> Option<T> {
    let unsigned = text.strip_prefix('+').unwrap_or(text);
    if let Some(int) = prefixed(unsigned, "", from_str_radix) {
        return Some(int);
    }
    if unsigned.starts_with(['+', '-']) || digits_but_not_number(text) {
        return None;
    }
    from_str_radix(unsigned, 10).ok()
}

fn negative<T>(text: &str, from_str_radix: Radix<T>) -> Option<T> {
    if let Some(rest) = text.strip_prefix('-') {
        if let Some(int) = prefixed(rest, "-", from_str_radix) {
            return Some(int);
        }
    }
    if digits_but_not_number(text) {
        return None;
    }
    from_str_radix(text, 10).ok()
}

fn parse_f64(text: &str) -> Option<f64> {
    let unsigned = match text.strip_prefix('+') {
        Some(rest) if rest.starts_with(['+', '-']) => return None,
        Some(rest) => rest,
        None => text,
    };
    if matches!(unsigned, ".inf" | ".Inf" | ".INF") {
        return Some(f64::INFINITY);
    }
    if matches!(text, "-.inf" | "-.Inf" | "-.INF") {
        return Some(f64::NEG_INFINITY);
    }
    if matches!(text, ".nan" | ".NaN" | ".NAN") {
        return Some(f64::NAN);
    }
    unsigned.parse::<f64>().ok().filter(|f| f.is_finite())
}

/// Leading zeros followed by digits are text in YAML 1.2.
fn digits_but_not_number(text: &str) -> bool {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    digits.len() > 1 && digits.starts_with('0') && digits[1..].bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    fn both(text: &str) -> (Result<Value, String>, Result<Value, String>) {
        let ours = super::parse(text).map_err(|e| e.message);
        let theirs = serde_yaml::from_str::<Value>(text).map_err(|e| e.to_string());
        (ours, theirs)
    }

    /// Scalars of every kind, anchors, aliases, tags, flow and block styles: the same tree as
    /// serde_yaml gives.
    #[test]
    fn same_tree_as_serde_yaml() {
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
        assert!(ours.is_ok());
    }

    #[test]
    fn every_spec_and_fixture_reads_the_same() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut files = Vec::new();
        for dir in ["specs", "tests/fixtures", "tests/fixtures/invalid"] {
            for entry in std::fs::read_dir(root.join(dir)).expect("folder") {
                let path = entry.expect("entry").path();
                if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
                    files.push(path);
                }
            }
        }
        assert!(files.len() >= 8, "{files:?}");
        for path in files {
            let text = std::fs::read_to_string(&path).expect("spec");
            let (ours, theirs) = both(&text);
            match (ours, theirs) {
                (Ok(a), Ok(b)) => assert!(a == b, "{}", path.display()),
                (Err(_), Err(_)) => {}
                (a, b) => panic!("{}: {a:?} vs {b:?}", path.display()),
            }
        }
    }

    #[test]
    fn what_serde_yaml_refuses_is_refused_with_a_position() {
        for (text, line) in [
            ("a: !Ref x\n", 1),
            ("a: 1\n---\nb: 2\n", 2),
            ("a: [1, 2\nb: 3\n", 2),
            ("a: *nowhere\n", 1),
            ("a: !!int abc\n", 1),
            ("{a: 1}: b\n", 1),
            (&format!("a: {}1{}\n", "[".repeat(200), "]".repeat(200)), 1),
        ] {
            let (ours, theirs) = both(text);
            assert!(theirs.is_err(), "serde_yaml accepts {text:?}");
            let err = super::parse(text).expect_err(text);
            assert_eq!(err.line, line, "{text:?}: {}", err.message);
            assert!(ours.is_err());
        }
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
            err.message.contains("aliases copy more than"),
            "{}",
            err.message
        );
    }
}
