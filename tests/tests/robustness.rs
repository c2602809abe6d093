//! No input makes the generator panic, and output is deterministic.
//!
//! A small deterministic fuzzer mutates the fixture specs (and builds specs from scratch) and
//! runs the whole pipeline on each; errors are fine, panics are not. The default run is bounded
//! (a fixed seed, `PAYGEN_FUZZ_CASES` cases, default 120, capped at `PAYGEN_FUZZ_SECS` seconds,
//! default 20). A longer run by hand:
//!
//! ```sh
//! PAYGEN_FUZZ_CASES=20000 PAYGEN_FUZZ_SECS=600 PAYGEN_FUZZ_SEED=7 \
//!     cargo test --release -p paygen-tests --test robustness -- --nocapture
//! ```
//!
//! A crash is written to `target/fuzz-crash-<seed>-<case>.json`; turn it into a fixture under
//! `tests/fixtures/crashes/`, which `crash_fixtures_do_not_panic` replays on every run.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;
use std::time::{Duration, Instant};

use paygen_codegen::{Options, RuntimeDependency};
use paygen_tests::{concatenate, root};
use serde_json::{json, Map, Value};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

const WORDS: &[&str] = &[
    "",
    " ",
    "type",
    "self",
    "Self",
    "crate",
    "Unknown",
    "object",
    "array",
    "string",
    "integer",
    "number",
    "boolean",
    "null",
    "3.1.0",
    "3.0.3",
    "{id}",
    "{",
    "}",
    "/a/{b}/{b}",
    "#/components/schemas/A",
    "#/components/schemas",
    "#/paths",
    "#",
    "#/components/schemas/A/properties/next",
    "über",
    "名前",
    "a b",
    "1abc",
    "-1",
    "x-",
    "~1",
    "~0",
    "default",
    "2XX",
    "4xx",
    "999",
    "application/json",
    "multipart/form-data",
    "text/plain",
    "*/*",
    "binary",
    "decimal",
    "money",
    "date",
    "date-time",
    "uuid",
    "int32",
    "int64",
    "deepObject",
    "form",
    "pipeDelimited",
    "spaceDelimited",
    "query",
    "path",
    "header",
    "cookie",
    "body",
    "send",
    "new",
    "r#type",
    "\u{0}",
    "\"",
    "`",
    "\\",
    "Ok",
    "Error",
    "Status200",
    "A",
    "a",
    "B",
];

const KEYS: &[&str] = &[
    "type",
    "properties",
    "required",
    "items",
    "additionalProperties",
    "allOf",
    "oneOf",
    "anyOf",
    "enum",
    "format",
    "nullable",
    "discriminator",
    "$ref",
    "x-enum-varnames",
    "readOnly",
    "writeOnly",
    "default",
    "pattern",
    "description",
    "title",
    "parameters",
    "requestBody",
    "responses",
    "content",
    "schema",
    "name",
    "in",
    "style",
    "explode",
    "operationId",
    "tags",
    "x-pagination",
    "security",
    "servers",
    "propertyName",
    "mapping",
    "paths",
    "components",
    "schemas",
    "get",
    "post",
    "put",
    "delete",
    "patch",
    // OpenAPI 3.1 / JSON Schema 2020-12.
    "const",
    "examples",
    "prefixItems",
    "$defs",
    "contentMediaType",
    "contentEncoding",
    "webhooks",
    "pathItems",
    "if",
];

fn random_scalar(rng: &mut Rng) -> Value {
    match rng.below(7) {
        0 => Value::Null,
        1 => Value::Bool(rng.chance(50)),
        2 => json!(rng.below(1000) as i64 - 500),
        3 => json!(i64::MIN + rng.below(3) as i64),
        4 => json!(1.5e300),
        _ => json!(WORDS[rng.below(WORDS.len())]),
    }
}

fn random_value(rng: &mut Rng, depth: usize) -> Value {
    if depth > 3 || rng.chance(40) {
        return random_scalar(rng);
    }
    if rng.chance(30) {
        let n = rng.below(4);
        return Value::Array((0..n).map(|_| random_value(rng, depth + 1)).collect());
    }
    let mut map = Map::new();
    for _ in 0..rng.below(5) {
        let key = if rng.chance(80) {
            KEYS[rng.below(KEYS.len())]
        } else {
            WORDS[rng.below(WORDS.len())]
        };
        map.insert(key.to_string(), random_value(rng, depth + 1));
    }
    Value::Object(map)
}

/// Every pointer in the tree.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                pointers(
                    v,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                pointers(v, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

fn mutate(doc: &mut Value, rng: &mut Rng) {
    let mut all = Vec::new();
    pointers(doc, String::new(), &mut all);
    let target = all[rng.below(all.len())].clone();
    let other = all[rng.below(all.len())].clone();
    let other_value = doc.pointer(&other).cloned().unwrap_or(Value::Null);
    let Some(node) = doc.pointer_mut(&target) else {
        return;
    };
    match rng.below(8) {
        0 => *node = random_scalar(rng),
        1 => *node = random_value(rng, 0),
        2 => *node = json!({"$ref": format!("#{other}")}),
        3 => *node = other_value,
        4 => {
            if let Value::Object(map) = node {
                let keys: Vec<String> = map.keys().cloned().collect();
                if !keys.is_empty() {
                    map.remove(&keys[rng.below(keys.len())]);
                }
            }
        }
        5 => {
            if let Value::Object(map) = node {
                map.insert(
                    KEYS[rng.below(KEYS.len())].to_string(),
                    random_value(rng, 1),
                );
            }
        }
        6 => {
            if let Value::Array(items) = node {
                items.push(random_value(rng, 1));
            } else if let Value::Object(map) = node {
                map.insert("x".into(), other_value);
            }
        }
        _ => {
            if let Value::Object(map) = node {
                for key in [
                    "type",
                    "format",
                    "enum",
                    "nullable",
                    "discriminator",
                    "additionalProperties",
                ] {
                    if rng.chance(15) {
                        map.insert(key.into(), random_value(rng, 2));
                    }
                }
                // 3.1 shapes: a type list, a union with null, a tuple.
                if rng.chance(10) {
                    map.insert("type".into(), json!(["string", "null"]));
                }
                if rng.chance(10) {
                    let member = json!({"$ref": format!("#{other}")});
                    map.insert("anyOf".into(), json!([member, {"type": "null"}]));
                }
                if rng.chance(5) {
                    map.insert("prefixItems".into(), json!([{"type": "integer"}, {}]));
                }
            }
        }
    }
}

fn options() -> Options {
    Options {
        crate_name: "fuzz-client".into(),
        runtime: RuntimeDependency::Path("../runtime".into()),
        rustfmt: false,
    }
}

/// Runs the pipeline; `Err` carries the panic message.
fn run(doc: &Value) -> Result<Option<String>, String> {
    let text = serde_json::to_string_pretty(doc).expect("JSON values serialise");
    catch_unwind(AssertUnwindSafe(|| {
        paygen_codegen::generate_str(&text, Path::new("fuzz.json"), &options())
            .ok()
            .map(|g| concatenate(&g))
    }))
    .map_err(|panic| {
        panic
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    })
}

fn seeds() -> Vec<Value> {
    let mut out = Vec::new();
    for name in ["types", "operations", "breadth", "params", "openapi31"] {
        let path = root().join("tests/fixtures").join(format!("{name}.yaml"));
        let text = std::fs::read_to_string(&path).unwrap();
        // The document as written: a loaded 3.1 spec is already rewritten into 3.0 shapes.
        out.push(paygen_codegen::load::parse_tree(&text).unwrap_or_else(|e| panic!("{e}")));
    }
    out.push(json!({"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}));
    out.push(json!({"openapi": "3.1.0", "info": {"title": "t", "version": "1"}}));
    out
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn mutated_specs_never_panic_and_generate_deterministically() {
    let seed = env_number("PAYGEN_FUZZ_SEED", 0x5EED_1234);
    let cases = env_number("PAYGEN_FUZZ_CASES", 120);
    let budget = Duration::from_secs(env_number("PAYGEN_FUZZ_SECS", 20));
    let seeds = seeds();
    let mut rng = Rng(seed | 1);
    let started = Instant::now();
    let quiet = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let mut crashes = Vec::new();
    let mut generated = 0;
    for case in 0..cases {
        if started.elapsed() > budget {
            break;
        }
        let mut doc = seeds[rng.below(seeds.len())].clone();
        for _ in 0..=rng.below(4) {
            mutate(&mut doc, &mut rng);
        }
        match run(&doc) {
            Ok(Some(first)) => {
                generated += 1;
                if case % 8 == 0 {
                    let second = run(&doc).ok().flatten();
                    assert!(
                        second.as_deref() == Some(first.as_str()),
                        "case {case}: two runs differ"
                    );
                }
            }
            Ok(None) => {}
            Err(message) => {
                let file = root().join(format!("target/fuzz-crash-{seed}-{case}.json"));
                let _ = std::fs::write(
                    &file,
                    serde_json::to_string_pretty(&doc).unwrap_or_default(),
                );
                crashes.push(format!(
                    "case {case}: {message} (spec in {})",
                    file.display()
                ));
            }
        }
    }
    std::panic::set_hook(quiet);
    assert!(
        crashes.is_empty(),
        "the generator panicked:\n{}",
        crashes.join("\n")
    );
    assert!(
        generated > 0,
        "no mutated spec generated at all; the mutations are too destructive"
    );
}

#[test]
fn crash_fixtures_do_not_panic() {
    let dir = root().join("tests/fixtures/crashes");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for entry in entries.flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let doc: Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: {e}", entry.path().display()));
        assert!(run(&doc).is_ok(), "{} panics", entry.path().display());
    }
}

#[test]
fn fixtures_generate_deterministically() {
    for name in ["types", "operations", "breadth"] {
        let first = concatenate(&paygen_tests::generate_fixture(name));
        let second = concatenate(&paygen_tests::generate_fixture(name));
        assert!(
            first == second,
            "fixture {name}: two runs gave different output"
        );
    }
}
