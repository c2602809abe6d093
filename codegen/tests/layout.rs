//! The layout printer either writes exactly what rustfmt would, or declines. Snippets of the
//! constructs the generator emits are probed on both sides of each of rustfmt's width limits,
//! and every text the printer writes must be what rustfmt makes of the same probe.
//!
//! `layout_reference.rs` is the other half of the check: whole crates generated with and
//! without the printer must be the same. `cargo fmt --check` over the committed crates in
//! `cargo xtask test` is a third.

use std::io::Write;
use std::process::{Command, Stdio};

fn rustfmt(text: &str) -> String {
    let program = std::env::var("RUSTFMT").unwrap_or_else(|_| "rustfmt".into());
    let mut child = Command::new(program)
        .args(["--edition", "2024", "--emit", "stdout"])
        .current_dir(std::env::temp_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("rustfmt runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "rustfmt: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn name(len: usize) -> String {
    "n".repeat(len)
}

/// Snippets around every limit the printer relies on, each a file of its own.
fn probes() -> Vec<String> {
    let mut out = Vec::new();
    for n in 40..=100 {
        let x = name(n);
        // Attributes: several arguments (attr_fn_like_width), one argument, derives.
        out.push(format!(
            "pub struct S {{\n    #[serde(rename = \"{x}\", default)]\n    pub f: u8,\n}}\n"
        ));
        out.push(format!("#[serde(rename = \"{x}\")]\npub struct T {{}}\n"));
        out.push(format!("#[derive(Clone, Debug, {x})]\npub struct D {{}}\n"));
        // Fields and signatures against max_width.
        out.push(format!(
            "pub struct F {{\n    pub field: Option<{x}>,\n}}\n"
        ));
        out.push(format!(
            "impl X {{\n    pub fn {x}(mut self, value: u8) -> Self {{\n        self\n    }}\n}}\n"
        ));
        out.push(format!(
            "impl X {{\n    pub fn with(mut self, value: super::{x}) -> Self {{\n        self.v = Some(value);\n        self\n    }}\n}}\n"
        ));
        // Calls, macros, tuples and chains against fn_call_width and chain_width.
        out.push(format!("fn f() {{\n    call({x}, b);\n}}\n"));
        out.push(format!("fn f() {{\n    x.push({x});\n}}\n"));
        out.push(format!(
            "fn f() {{\n    let p = format!(\"/a/{{}}\", encode(&self.{x}.to_param()));\n}}\n"
        ));
        out.push(format!(
            "fn f() {{\n    if let Some(value) = &self.v {{\n        headers.push((\"{x}\".to_string(), value.to_param()));\n    }}\n}}\n"
        ));
        out.push(format!("fn f() {{\n    {x}.b().c();\n}}\n"));
        out.push(format!("fn f() {{\n    x.b().c({x});\n}}\n"));
        out.push(format!(
            "fn f() {{\n    let v = value.iter().map(|item| item.{x}()).collect::<Vec<_>>().join(\",\");\n}}\n"
        ));
        out.push(format!("fn f() {{\n    self.op.{x} = Some(value);\n}}\n"));
    }
    for n in 1..=30 {
        let x = name(n);
        // Struct literals against struct_lit_width, alone and as a call's only argument.
        out.push(format!("fn f() -> S {{\n    S {{ {x}, b }}\n}}\n"));
        // A struct literal after another argument, which rustfmt does not overflow.
        out.push(format!(
            "impl X {{\n    fn f(&self) -> C {{\n        crate::client::Call::new(self.client, UpdateSubscription {{ {x}, body }})\n    }}\n}}\n"
        ));
        out.push(format!(
            "fn f() -> Result<S, E> {{\n    Ok(S {{ a: {x}.to_string(), b }})\n}}\n"
        ));
        out.push(format!(
            "fn f(v: &str) -> u8 {{\n    match v {{\n        \"{x}\" => 1,\n        _ => 0,\n    }}\n}}\n"
        ));
        // Chains whose receiver is about an indent wide.
        out.push(format!(
            "fn f() {{\n    let v = {}.iter().map(|item| item.to_param()).collect::<Vec<_>>().join(\",\");\n}}\n",
            name(n % 8 + 1)
        ));
    }
    out
}

/// Formats all probes in one rustfmt run, joined by an item they do not contain.
fn rustfmt_each(probes: &[String]) -> Vec<String> {
    const BOUNDARY: &str = "fn __probe_boundary() {}";
    let joined = probes.join(&format!("{BOUNDARY}\n"));
    let formatted = rustfmt(&joined);
    let mut texts = vec![String::new()];
    for line in formatted.lines() {
        if line == BOUNDARY {
            texts.push(String::new());
        } else {
            let current = texts.last_mut().unwrap();
            current.push_str(line);
            current.push('\n');
        }
    }
    assert_eq!(texts.len(), probes.len());
    texts
}

/// Prints each probe as written and requires every text the printer writes to be what rustfmt
/// makes of the probe; returns how many it printed.
fn printed_as_rustfmt_writes(probes: &[String]) -> usize {
    let mut printed = 0;
    let mut failures = Vec::new();
    for (probe, formatted) in probes.iter().zip(rustfmt_each(probes)) {
        let file = syn::parse_file(probe).expect("probe parses");
        match paygen_codegen::layout::file(&file) {
            Some(text) if text == formatted => printed += 1,
            Some(text) => failures.push(format!("rustfmt:\n{formatted}printer:\n{text}")),
            None => {}
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} probes differ:\n{}",
        failures.len(),
        probes.len(),
        failures.join("\n")
    );
    printed
}

#[test]
fn printed_text_is_what_rustfmt_writes() {
    let probes = probes();
    let printed = printed_as_rustfmt_writes(&probes);
    // Many probes lie beyond a limit, where rustfmt uses layouts the printer leaves to it; it
    // must still answer for a good share (461 of 974 when this was written).
    assert!(
        printed * 100 >= probes.len() * 40,
        "printed only {printed} of {}",
        probes.len()
    );
}

/// Runs of `use` items and `mod` declarations, which rustfmt sorts, in both orders: here the
/// printer reads the probe as written, so a run it keeps must be one rustfmt leaves in place.
fn order_probes() -> Vec<String> {
    let paths = [
        "self::x::Y",
        "super::Q",
        "crate::client::Client",
        "paygen_runtime::ParamValue",
        "Alpha::b",
        "alpha::c",
        "a9::x",
        "a10::x",
        "a_b::x",
        "ab::x",
        "std::X",
        "std::x",
        "a::b",
        "a::b::c",
        "a0::x",
        "a00::x",
        "group0009::X",
        "group0010::X",
    ];
    let mods = [
        "Zed",
        "a",
        "a_b",
        "ab",
        "b",
        "group10",
        "group9",
        "zed",
        "group0001",
        "group0010",
        "a1",
        "a10",
        "a0",
        "a00",
    ];
    let mut out = Vec::new();
    for a in paths {
        for b in paths.iter().filter(|b| **b != a) {
            out.push(format!("use {a};\nuse {b};\n"));
            out.push(format!(
                "pub use {a};\n#[allow(unused_imports)]\nuse {b};\n"
            ));
        }
    }
    for a in mods {
        for b in mods.iter().filter(|b| **b != a) {
            out.push(format!("mod {a};\nmod {b};\n"));
            out.push(format!("/// Doc.\npub mod {a};\n/// Doc.\npub mod {b};\n"));
            // A `use` between two declarations splits the run: nothing to sort.
            out.push(format!(
                "mod {a};\npub use {a}::T;\nmod {b};\npub use {b}::T;\n"
            ));
        }
    }
    out
}

#[test]
fn use_and_mod_runs_are_printed_only_in_rustfmt_order() {
    let probes = order_probes();
    let printed = printed_as_rustfmt_writes(&probes);
    // Half the pairs are in the wrong order; of the rest, the printer declines the ones whose
    // order it is not sure of.
    assert!(
        printed * 100 >= probes.len() * 30,
        "printed only {printed} of {}",
        probes.len()
    );
}

/// An `impl Debug` or `impl SensitiveValues` written for a model with sensitive fields.
fn redaction_impl(item: &syn::Item) -> bool {
    let syn::Item::Impl(item) = item else {
        return false;
    };
    let Some((_, path, _)) = &item.trait_ else {
        return false;
    };
    let name = path.segments.last().map(|s| s.ident.to_string());
    matches!(name.as_deref(), Some("Debug" | "SensitiveValues"))
}

/// The printer writes the generated crates' own files: it is used, not just correct.
#[test]
fn most_of_a_generated_crate_is_printed() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../generated/arise/src");
    let mut printed = 0;
    let mut total = 0;
    for dir in ["models", "operations"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(path).unwrap();
            let file = syn::parse_file(&text).unwrap();
            let printed_items = paygen_codegen::layout::items(&file).unwrap_or_default();
            for (item, source) in printed_items.into_iter().zip(&file.items) {
                // The redacting `Debug` and `SensitiveValues` impls of models with sensitive
                // fields are left to rustfmt on purpose (render/redact.rs): few, and not a
                // shape the printer knows.
                if redaction_impl(source) {
                    continue;
                }
                total += 1;
                if let Some(item) = item {
                    assert!(
                        text.contains(&item),
                        "a printed item differs from the file:\n{item}"
                    );
                    printed += 1;
                }
            }
        }
    }
    assert!(
        printed * 100 >= total * 90,
        "printed {printed} of {total} items"
    );
}
