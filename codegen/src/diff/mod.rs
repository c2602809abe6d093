//! What a spec change does to the generated Rust API. Two lowered specs ([`Api`]) are compared
//! item by item, and every difference is classified by what it does to the crate's
//! users: [`Impact::Breaking`] (code that compiled may not), [`Impact::Additive`] (new items,
//! nothing else moves) or [`Impact::Internal`] (the same Rust API, different wire behaviour).
//!
//! The rules follow how the generator maps a spec (see README.md, "Decisions"): enums are open
//! (`#[non_exhaustive]` with `Unknown`), so a new value is additive; request types are built
//! with `new(required…)` and `x(..)`, so a new required field of a type sent in a request
//! breaks `new` while a new optional one only adds a setter; response types are read, not built,
//! so a new field there is additive; optional or nullable changes the Rust type (`T`,
//! `Option<T>`, `Nullable<T>`). Struct literals of generated models are not treated as API:
//! models are built with `new` or decoded.
//!
//! Only the IR's public data is read; nothing here depends on how files are rendered.

mod client;
mod models;
mod operations;
mod report;
mod semver;

use std::collections::BTreeMap;
use std::fmt;

use crate::ir::{Api, Field, Presence, TypeRef};

pub use report::{markdown, text};
pub use semver::{Bump, Version};

/// What a change does to the crate's users. Ordered from least to most severe.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Impact {
    /// Same Rust API; the generated code behaves differently (a path, a wire name, a server URL).
    Internal,
    /// New items; existing code compiles and behaves as before.
    Additive,
    /// Existing code may stop compiling, or values it handled are gone.
    Breaking,
}

impl Impact {
    /// Lower-case name, as in `breaking`.
    pub fn name(self) -> &'static str {
        match self {
            Impact::Internal => "internal",
            Impact::Additive => "additive",
            Impact::Breaking => "breaking",
        }
    }
}

impl fmt::Display for Impact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

/// One difference in the generated API.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    /// What it does to users.
    pub impact: Impact,
    /// The Rust item, e.g. `client.cards().list_cards()` or `models::Card`.
    pub item: String,
    /// What changed, in a few words.
    pub what: String,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:<9} {}: {}", self.impact, self.item, self.what)
    }
}

/// Every difference between the API generated from `old` and the one generated from `new`,
/// most severe first, then by item.
pub fn compare(old: &Api, new: &Api) -> Vec<Change> {
    let mut changes = Changes::default();
    client::compare(old, new, &mut changes);
    operations::compare(old, new, &mut changes);
    models::compare(old, new, &mut changes);
    let mut list = changes.0;
    list.sort_by(|a, b| {
        b.impact
            .cmp(&a.impact)
            .then_with(|| a.item.cmp(&b.item))
            .then_with(|| a.what.cmp(&b.what))
    });
    list.dedup();
    list
}

/// The most severe impact among `changes` (`None` when there are none).
pub fn worst(changes: &[Change]) -> Option<Impact> {
    changes.iter().map(|c| c.impact).max()
}

/// Collects changes as the comparisons find them.
#[derive(Default)]
struct Changes(Vec<Change>);

impl Changes {
    fn push(&mut self, impact: Impact, item: &str, what: impl Into<String>) {
        self.0.push(Change {
            impact,
            item: item.to_string(),
            what: what.into(),
        });
    }
}

/// The Rust type a [`TypeRef`] renders as, in the words a reader of the crate sees: the type
/// text the generator writes, without its paths, so the two cannot drift apart.
fn rust_type(ty: &TypeRef) -> String {
    let text = crate::render::types::type_text(ty, crate::render::types::ModelPath::Sibling);
    ["super::", "paygen_runtime::", "std::collections::"]
        .iter()
        .fold(text, |text, path| text.replace(path, ""))
}

/// The Rust type of a parameter or header value: `ty`, or a `Vec` of it for a list.
fn value_type(ty: &TypeRef, list: bool) -> String {
    let one = rust_type(ty);
    if list {
        format!("Vec<{one}>")
    } else {
        one
    }
}

/// The Rust type of a struct field: presence and boxing around the value type. A field with a
/// clearer is the three-state `Nullable<T>` in types sent in requests ([`Field::clearer`]).
fn field_type(field: &Field, sent: bool) -> String {
    let mut inner = rust_type(&field.ty);
    if field.boxed {
        inner = format!("Box<{inner}>");
    }
    match field.presence {
        Presence::Required => inner,
        Presence::OptionalNullable if sent && field.clearer.is_some() => {
            format!("Nullable<{inner}>")
        }
        _ => format!("Option<{inner}>"),
    }
}

/// Items present on one side only, and pairs present on both, matched by `key`.
struct Matched<'a, T> {
    removed: Vec<&'a T>,
    added: Vec<&'a T>,
    both: Vec<(&'a T, &'a T)>,
}

fn match_by<'a, T, K: Ord>(old: &'a [T], new: &'a [T], key: impl Fn(&T) -> K) -> Matched<'a, T> {
    let new_keys: BTreeMap<K, &T> = new.iter().map(|n| (key(n), n)).collect();
    let old_keys: BTreeMap<K, &T> = old.iter().map(|o| (key(o), o)).collect();
    Matched {
        removed: old
            .iter()
            .filter(|o| !new_keys.contains_key(&key(o)))
            .collect(),
        added: new
            .iter()
            .filter(|n| !old_keys.contains_key(&key(n)))
            .collect(),
        both: old
            .iter()
            .filter_map(|o| new_keys.get(&key(o)).map(|n| (o, *n)))
            .collect(),
    }
}

/// Whether the items both lists keep appear in the same order in each.
fn same_relative_order(old: &[&str], new: &[&str]) -> bool {
    let kept_old: Vec<&str> = old.iter().copied().filter(|o| new.contains(o)).collect();
    let kept_new: Vec<&str> = new.iter().copied().filter(|n| old.contains(n)).collect();
    kept_old == kept_new
}
