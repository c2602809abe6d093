//! Named models (`models::*`): structs, enums, unions and aliases, and the derives and
//! constructors their direction of travel gives them.

use super::{field_type, match_by, rust_type, same_relative_order, Changes, Impact};
use crate::ir::{
    Api, Constant, Enum, Field, Gate, Presence, Struct, Traffic, TypeDef, TypeKind, Union,
};

pub(super) fn compare(old: &Api, new: &Api, changes: &mut Changes) {
    let matched = match_by(&old.types, &new.types, |t| t.name.clone());
    for def in matched.removed {
        changes.push(Impact::Breaking, &item(def), "model removed");
    }
    for def in matched.added {
        changes.push(
            Impact::Additive,
            &item(def),
            format!("new {}", kind_word(&def.kind)),
        );
    }
    for (o, n) in matched.both {
        // Lowering decided each model's direction of travel (`TypeDef::traffic`).
        compare_type(o, n, o.traffic, n.traffic, changes);
    }
}

fn item(def: &TypeDef) -> String {
    format!("models::{}", def.name)
}

fn kind_word(kind: &TypeKind) -> &'static str {
    match kind {
        TypeKind::Struct(_) => "struct",
        TypeKind::Enum(_) => "enum",
        TypeKind::Union(u) if u.tagged => "tagged union",
        TypeKind::Union(_) => "untagged union",
    }
}

fn compare_type(o: &TypeDef, n: &TypeDef, before: Traffic, after: Traffic, changes: &mut Changes) {
    let item = item(n);
    compare_traffic(&item, &n.kind, before, after, changes);
    compare_gate(&item, &o.gate, &n.gate, changes);
    match (&o.kind, &n.kind) {
        (TypeKind::Struct(a), TypeKind::Struct(b)) => {
            compare_struct(&item, a, b, before.sent, after.sent, changes)
        }
        (TypeKind::Enum(a), TypeKind::Enum(b)) => compare_enum(&item, a, b, changes),
        (TypeKind::Union(a), TypeKind::Union(b)) if a.tagged == b.tagged => {
            compare_union(&item, a, b, changes)
        }
        (a, b) => changes.push(
            Impact::Breaking,
            &item,
            format!("kind changed: {}, was {}", kind_word(b), kind_word(a)),
        ),
    }
    if o.docs.deprecated != n.docs.deprecated {
        let what = if n.docs.deprecated {
            "marked deprecated in its docs"
        } else {
            "no longer deprecated"
        };
        changes.push(Impact::Internal, &item, what);
    }
}

/// Derives and constructors follow the direction a type travels (README, "Decisions").
fn compare_traffic(
    item: &str,
    kind: &TypeKind,
    before: Traffic,
    after: Traffic,
    changes: &mut Changes,
) {
    let is_struct = matches!(kind, TypeKind::Struct(_));
    if is_struct && before.sent != after.sent {
        if after.sent {
            changes.push(
                Impact::Additive,
                item,
                "now sent in requests: gains `new(..)` and a setter per optional field",
            );
        } else {
            changes.push(
                Impact::Breaking,
                item,
                "no longer sent in requests: `new(..)` and its setters are gone",
            );
        }
    }
    for (had, has, name, feature) in [
        (before.serialize, after.serialize, "Serialize", "serialize"),
        (
            before.deserialize,
            after.deserialize,
            "Deserialize",
            "deserialize",
        ),
    ] {
        if had && !has {
            changes.push(
                Impact::Breaking,
                item,
                format!("no longer implements `{name}` by default (feature `{feature}` adds it)"),
            );
        } else if has && !had {
            changes.push(Impact::Additive, item, format!("now implements `{name}`"));
        }
    }
}

/// The tag features a model compiles with (README, "A cargo feature per tag"). Every feature is
/// on by default, so only builds that pick features notice; for them a model a feature no
/// longer brings is gone.
fn compare_gate(item: &str, old: &Gate, new: &Gate, changes: &mut Changes) {
    let list = |features: &[&String]| {
        let quoted: Vec<String> = features.iter().map(|f| format!("`{f}`")).collect();
        quoted.join(", ")
    };
    match (old, new) {
        (Gate::Always, Gate::Always) => {}
        (Gate::Always, Gate::Features(now)) => changes.push(
            Impact::Breaking,
            item,
            format!(
                "now compiled only with feature {} (was in every build)",
                list(&now.iter().collect::<Vec<_>>())
            ),
        ),
        (Gate::Features(_), Gate::Always) => changes.push(
            Impact::Additive,
            item,
            "now in every build, whatever the features",
        ),
        (Gate::Features(was), Gate::Features(now)) => {
            let lost: Vec<&String> = was.iter().filter(|f| !now.contains(f)).collect();
            let gained: Vec<&String> = now.iter().filter(|f| !was.contains(f)).collect();
            if !lost.is_empty() {
                changes.push(
                    Impact::Breaking,
                    item,
                    format!("no longer compiled with feature {}", list(&lost)),
                );
            }
            if !gained.is_empty() {
                changes.push(
                    Impact::Additive,
                    item,
                    format!("now also compiled with feature {}", list(&gained)),
                );
            }
        }
    }
}

fn compare_struct(
    item: &str,
    old: &Struct,
    new: &Struct,
    was_sent: bool,
    is_sent: bool,
    changes: &mut Changes,
) {
    let matched = match_by(&old.fields, &new.fields, |f| f.name.clone());
    for f in matched.removed {
        changes.push(
            Impact::Breaking,
            item,
            format!("field `{}` removed", f.name),
        );
    }
    for f in matched.added {
        // A required field that allows one value is set by `new(..)`: no new argument.
        let required = f.presence == Presence::Required && f.constant.is_none();
        let (impact, what) = match (is_sent, required) {
            (true, false) if f.constant.is_some() => (
                Impact::Additive,
                format!(
                    "field `{}` added, set by `new(..)` (its one allowed value)",
                    f.name
                ),
            ),
            (true, true) => (
                Impact::Breaking,
                format!(
                    "required field `{}` added: a new argument of `new(..)`",
                    f.name
                ),
            ),
            (true, false) => (
                Impact::Additive,
                format!("optional field `{}` added (`{}(..)`)", f.name, setter(f)),
            ),
            (false, _) => (
                Impact::Additive,
                format!("field `{}: {}` added", f.name, field_type(f, false)),
            ),
        };
        changes.push(impact, item, what);
    }
    for (a, b) in matched.both {
        compare_field(item, a, b, was_sent, is_sent, changes);
    }
    if was_sent && is_sent {
        let args = |s: &Struct| -> Vec<String> {
            s.fields
                .iter()
                .filter(|f| f.presence == Presence::Required && f.constant.is_none())
                .map(|f| f.name.clone())
                .collect()
        };
        let (before, after) = (args(old), args(new));
        let before: Vec<&str> = before.iter().map(String::as_str).collect();
        let after: Vec<&str> = after.iter().map(String::as_str).collect();
        if !same_relative_order(&before, &after) {
            changes.push(
                Impact::Breaking,
                item,
                format!(
                    "arguments of `new(..)` reordered: ({}), was ({})",
                    after.join(", "),
                    before.join(", ")
                ),
            );
        }
    }
    match (&old.additional, &new.additional) {
        (None, Some(ty)) => changes.push(
            Impact::Additive,
            item,
            format!(
                "keeps other properties in `additional_properties` (`{}` values)",
                rust_type(ty)
            ),
        ),
        (Some(_), None) => changes.push(Impact::Breaking, item, "`additional_properties` removed"),
        (Some(a), Some(b)) if rust_type(a) != rust_type(b) => changes.push(
            Impact::Breaking,
            item,
            format!(
                "`additional_properties` values are `{}`, were `{}`",
                rust_type(b),
                rust_type(a)
            ),
        ),
        _ => {}
    }
}

fn setter(f: &Field) -> &str {
    &f.setter
}

fn presence_word(p: Presence) -> &'static str {
    match p {
        Presence::Required => "required",
        Presence::Optional => "optional",
        Presence::OptionalNullable => "optional and nullable",
    }
}

fn compare_field(
    item: &str,
    a: &Field,
    b: &Field,
    was_sent: bool,
    is_sent: bool,
    changes: &mut Changes,
) {
    let name = &b.name;
    let (before, after) = (field_type(a, was_sent), field_type(b, is_sent));
    let presence = (a.presence != b.presence).then(|| {
        format!(
            " ({}, was {})",
            presence_word(b.presence),
            presence_word(a.presence)
        )
    });
    if before != after {
        changes.push(
            Impact::Breaking,
            item,
            format!(
                "field `{name}` is `{after}`, was `{before}`{}",
                presence.unwrap_or_default()
            ),
        );
    } else if let Some(presence) = presence {
        // Same Rust type: a response type reads null and absence alike.
        changes.push(Impact::Internal, item, format!("field `{name}`{presence}"));
    } else if a.ty != b.ty {
        changes.push(
            Impact::Internal,
            item,
            format!("field `{name}` written differently on the wire"),
        );
    }
    compare_constant(item, a, b, was_sent && is_sent, changes);
    if a.wire_name != b.wire_name {
        changes.push(
            Impact::Internal,
            item,
            format!(
                "field `{name}` is `{}` on the wire, was `{}`",
                b.wire_name, a.wire_name
            ),
        );
    }
    if (a.read_only, a.write_only) != (b.read_only, b.write_only) {
        changes.push(
            Impact::Internal,
            item,
            format!("field `{name}`: read-only/write-only marks changed"),
        );
    }
}

/// What `new(..)` sets by itself: a required field whose schema allows one value
/// (`Field::constant`).
fn compare_constant(item: &str, a: &Field, b: &Field, sent: bool, changes: &mut Changes) {
    let name = &b.name;
    match (&a.constant, &b.constant) {
        (Some(_), None) if sent && b.presence == Presence::Required => changes.push(
            Impact::Breaking,
            item,
            format!("field `{name}` is no longer set by `new(..)`: a new argument"),
        ),
        (None, Some(_)) if sent && a.presence == Presence::Required => changes.push(
            Impact::Breaking,
            item,
            format!(
                "field `{name}` is set by `new(..)` (its one allowed value): one argument fewer"
            ),
        ),
        // A folded one-value enum (a `String` field): the value sent changes, the code does not.
        // A one-value enum type reports its variant instead.
        (Some(Constant::Text(was)), Some(Constant::Text(now))) if was != now => changes.push(
            Impact::Internal,
            item,
            format!("field `{name}` is always `{now}`, was `{was}`"),
        ),
        _ => {}
    }
}

fn compare_enum(item: &str, old: &Enum, new: &Enum, changes: &mut Changes) {
    if old.integer != new.integer {
        let kind = |e: &Enum| if e.integer { "integer" } else { "string" };
        changes.push(
            Impact::Breaking,
            item,
            format!("values are {}s, were {}s", kind(new), kind(old)),
        );
        return;
    }
    let matched = match_by(&old.variants, &new.variants, |v| v.value.clone());
    for v in matched.removed {
        changes.push(
            Impact::Breaking,
            item,
            format!("value `{}` removed (variant `{}`)", v.value, v.name),
        );
    }
    for v in matched.added {
        // Open enums: `#[non_exhaustive]`, and the value decoded as `Unknown` before.
        changes.push(
            Impact::Additive,
            item,
            format!("value `{}` added (variant `{}`)", v.value, v.name),
        );
    }
    for (a, b) in matched.both {
        if a.name != b.name {
            changes.push(
                Impact::Breaking,
                item,
                format!(
                    "variant of `{}` renamed `{}`, was `{}`",
                    b.value, b.name, a.name
                ),
            );
        }
    }
}

fn compare_union(item: &str, old: &Union, new: &Union, changes: &mut Changes) {
    let matched = match_by(&old.variants, &new.variants, |v| v.name.clone());
    for v in matched.removed {
        changes.push(
            Impact::Breaking,
            item,
            format!("variant `{}` removed", v.name),
        );
    }
    for v in matched.added {
        // Tagged unions are `#[non_exhaustive]` (with `Unknown`); untagged ones are matched
        // exhaustively.
        let impact = if new.tagged {
            Impact::Additive
        } else {
            Impact::Breaking
        };
        changes.push(
            impact,
            item,
            format!("variant `{}({})` added", v.name, rust_type(&v.ty)),
        );
    }
    for (a, b) in matched.both {
        let ty = |v: &crate::ir::UnionVariant| {
            let inner = rust_type(&v.ty);
            if v.boxed {
                format!("Box<{inner}>")
            } else {
                inner
            }
        };
        if ty(a) != ty(b) {
            changes.push(
                Impact::Breaking,
                item,
                format!("variant `{}` holds `{}`, was `{}`", b.name, ty(b), ty(a)),
            );
        }
        if a.tags != b.tags {
            changes.push(
                Impact::Internal,
                item,
                format!(
                    "variant `{}` is chosen by {:?}, was {:?}",
                    b.name, b.tags, a.tags
                ),
            );
        }
    }
    let order = |u: &Union| -> Vec<String> { u.variants.iter().map(|v| v.name.clone()).collect() };
    let (before, after) = (order(old), order(new));
    let before: Vec<&str> = before.iter().map(String::as_str).collect();
    let after: Vec<&str> = after.iter().map(String::as_str).collect();
    if !new.tagged && !same_relative_order(&before, &after) {
        changes.push(
            Impact::Internal,
            item,
            "variants are tried in another order",
        );
    }
    if old.discriminator != new.discriminator {
        changes.push(Impact::Internal, item, "discriminator property changed");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Docs, TypeRef};

    fn field(name: &str, presence: Presence) -> Field {
        Field {
            name: name.into(),
            setter: name.into(),
            clearer: (presence == Presence::OptionalNullable).then(|| format!("clear_{name}")),
            wire_name: name.into(),
            ty: TypeRef::String,
            presence,
            boxed: false,
            docs: Docs::default(),
            read_only: false,
            write_only: false,
            sensitive: None,
            constant: None,
            converts: false,
        }
    }

    fn run(old: Vec<Field>, new: Vec<Field>, sent: bool) -> Vec<(Impact, String)> {
        let mut changes = Changes::default();
        let s = |fields| Struct {
            fields,
            additional: None,
            wraps: Vec::new(),
        };
        compare_struct("models::X", &s(old), &s(new), sent, sent, &mut changes);
        changes.0.into_iter().map(|c| (c.impact, c.what)).collect()
    }

    #[test]
    fn a_required_constant_is_no_new_argument() {
        let mut constant = field("kind", Presence::Required);
        constant.constant = Some(Constant::Variant("Things".into()));
        let found = run(vec![], vec![constant], true);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, Impact::Additive, "{found:?}");
        assert!(
            run(vec![], vec![field("kind", Presence::Required)], true)[0].0 == Impact::Breaking
        );
    }

    #[test]
    fn a_required_field_breaks_new_only_where_the_type_is_sent() {
        let old = vec![field("a", Presence::Required)];
        let new = vec![
            field("a", Presence::Required),
            field("b", Presence::Required),
        ];
        assert_eq!(run(old.clone(), new.clone(), true)[0].0, Impact::Breaking);
        assert_eq!(run(old, new, false)[0].0, Impact::Additive);
    }

    #[test]
    fn nullable_is_a_new_type_in_requests_and_the_same_option_in_responses() {
        let old = vec![field("a", Presence::Optional)];
        let new = vec![field("a", Presence::OptionalNullable)];
        let sent = run(old.clone(), new.clone(), true);
        assert_eq!(sent[0].0, Impact::Breaking);
        assert!(sent[0].1.contains("`Nullable<String>`"), "{sent:?}");
        assert_eq!(run(old, new, false)[0].0, Impact::Internal);
    }

    #[test]
    fn reordered_required_fields_reorder_the_arguments_of_new() {
        let old = vec![
            field("a", Presence::Required),
            field("b", Presence::Required),
        ];
        let new = vec![
            field("b", Presence::Required),
            field("a", Presence::Required),
        ];
        let changes = run(old.clone(), new.clone(), true);
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert!(changes[0].1.starts_with("arguments of `new(..)` reordered"));
        assert!(run(old, new, false).is_empty());
    }
}
