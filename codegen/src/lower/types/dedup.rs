//! One type per shape: an inline schema whose lowered type is identical to one already made
//! becomes that type instead of a copy.
//!
//! The comparison is on the lowered shape (fields with their names, types, presence, serde
//! names, sensitivity and docs; variants; enum values), not on the JSON text: two schemas that
//! differ only in what Rust cannot see (an `example`, key order) are one type. Types are
//! compared as they are made, children before parents, so a child that merged makes its parents
//! identical too and nested copies collapse all the way up.
//!
//! What is kept apart, and why:
//! - Field docs and variant descriptions are part of the shape: a merged type whose fields said
//!   something else at the copy's site would document the copy wrongly.
//! - The type's own summary and description are not: on an inline schema they repeat what the
//!   property says, which stays on the parent's field. When copies disagree, the merged type
//!   keeps only what is true of all of them (the facts read from the schema).
//! - Named component schemas never merge into each other (users refer to them by name); an
//!   inline copy reuses one, so a user meets the spec's name rather than a second type with a
//!   derived one. Components are lowered first, in key order; an inline copy met inside an
//!   earlier component stays a type of its own, and every copy after the component uses it.

use std::collections::BTreeMap;

use crate::ir::{Docs, TypeDef};

/// The shapes made so far, each with the type that has it.
#[derive(Default)]
pub struct Shapes {
    by_key: BTreeMap<String, Kept>,
}

/// The type that has a shape, and the docs it falls back to when copies disagree.
struct Kept {
    name: String,
    /// Made from an inline schema: a component of the same shape made later takes its place.
    inline: bool,
    /// The facts every copy shares, used as the docs once copies disagree.
    facts: Docs,
}

/// What happened to a type offered to [`Shapes::offer`].
pub enum Offer {
    /// It is new: keep it under its own name.
    Keep,
    /// An identical type exists: use `name`. When `docs` is given, the copies' docs disagree and
    /// the existing type's docs become these.
    Merge { name: String, docs: Option<Docs> },
}

impl Shapes {
    /// Offers a type made from a schema. `inline` types may merge into an earlier identical one;
    /// a named type is only recorded. `facts` describes the schema without its prose, for when
    /// copies' docs disagree.
    pub fn offer(
        &mut self,
        def: &TypeDef,
        inline: bool,
        facts: impl FnOnce() -> Docs,
        existing_docs: impl FnOnce(&str) -> Option<Docs>,
    ) -> Offer {
        let key = shape_key(def);
        match self.by_key.get(&key) {
            Some(kept) if inline => {
                let docs = match existing_docs(&kept.name) {
                    Some(theirs) if same_prose(&theirs, &def.docs) => None,
                    Some(_) => Some(kept.facts.clone()),
                    None => None,
                };
                Offer::Merge {
                    name: kept.name.clone(),
                    docs,
                }
            }
            // A component after an inline copy (components are lowered in key order, an inline
            // schema inside one may come first): later copies use the component's name.
            Some(kept) if kept.inline => {
                self.by_key.insert(
                    key,
                    Kept {
                        name: def.name.clone(),
                        inline,
                        facts: facts(),
                    },
                );
                Offer::Keep
            }
            Some(_) => Offer::Keep,
            None => {
                self.by_key.insert(
                    key,
                    Kept {
                        name: def.name.clone(),
                        inline,
                        facts: facts(),
                    },
                );
                Offer::Keep
            }
        }
    }
}

fn same_prose(a: &Docs, b: &Docs) -> bool {
    a.summary == b.summary && a.description == b.description && a.deprecated == b.deprecated
}

/// The lowered shape of a type, as text: everything but its name, where it stands and its own
/// prose (see the module docs). Deterministic: the IR's `Debug` lists fields in order.
pub fn shape_key(def: &TypeDef) -> String {
    let mut shape = def.clone();
    shape.name.clear();
    shape.module.clear();
    shape.origin.clear();
    shape.traffic = Default::default();
    shape.docs.summary = None;
    shape.docs.description = None;
    shape.docs.deprecated = false;
    format!("{:?}", shape.kind) + &format!("{:?}", shape.docs)
}
