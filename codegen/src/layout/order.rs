//! Runs of `use` and `mod` items, which rustfmt sorts: the printer keeps a run only when it is
//! certainly in rustfmt's order already.
//!
//! rustfmt (style edition 2024) sorts consecutive `use` items by version sort, with `self`,
//! `super` and `crate` first, and consecutive `mod name;` declarations by byte order. Rather
//! than reimplement either, [`certainly_before`] answers only where the two orders and plain
//! byte order agree (letters of one case, digit runs of one length, a prefix) and says "not
//! sure" elsewhere (`_` against a digit or letter, mixed case), which declines the run.

use std::cmp::Ordering;

use syn::{Item, UseTree};

/// Sets to `None` every item of a run of two or more `use` items, or of `mod` declarations,
/// that rustfmt might reorder. A run of one is left alone: nothing to sort.
pub(super) fn decline_unsorted_runs(items: &[Item], texts: &mut [Option<String>]) {
    let mut start = 0;
    while start < items.len() {
        let kind = run_kind(&items[start]);
        let mut end = start + 1;
        while end < items.len() && kind.is_some() && run_kind(&items[end]) == kind {
            end += 1;
        }
        if end - start > 1 && !sorted(&items[start..end]) {
            texts[start..end].fill(None);
        }
        start = end;
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum RunKind {
    Use,
    Mod,
}

fn run_kind(item: &Item) -> Option<RunKind> {
    match item {
        Item::Use(_) => Some(RunKind::Use),
        Item::Mod(m) if m.content.is_none() => Some(RunKind::Mod),
        _ => None,
    }
}

fn sorted(run: &[Item]) -> bool {
    let keys: Option<Vec<Vec<String>>> = run.iter().map(sort_key).collect();
    let Some(keys) = keys else {
        return false;
    };
    // One visibility for the whole run, so how rustfmt weighs it does not matter.
    let visibility = |item: &Item| match item {
        Item::Use(u) => std::mem::discriminant(&u.vis),
        Item::Mod(m) => std::mem::discriminant(&m.vis),
        _ => unreachable!("runs hold only use and mod items"),
    };
    run.windows(2)
        .all(|pair| visibility(&pair[0]) == visibility(&pair[1]))
        && keys.windows(2).all(|pair| key_before(&pair[0], &pair[1]))
}

/// The path of a `use` item (plain paths only) or the name of a `mod` declaration.
fn sort_key(item: &Item) -> Option<Vec<String>> {
    match item {
        Item::Use(u) if u.leading_colon.is_none() => {
            let mut key = Vec::new();
            let mut tree = &u.tree;
            loop {
                match tree {
                    UseTree::Path(p) => {
                        key.push(p.ident.to_string());
                        tree = &p.tree;
                    }
                    UseTree::Name(n) => {
                        key.push(n.ident.to_string());
                        break;
                    }
                    _ => return None,
                }
            }
            Some(key)
        }
        Item::Mod(m) => Some(vec![m.ident.to_string()]),
        _ => None,
    }
}

/// Whether rustfmt certainly keeps the path `a` before the path `b`.
fn key_before(a: &[String], b: &[String]) -> bool {
    let rank = |segment: &str| match segment {
        "self" => 0,
        "super" => 1,
        "crate" => 2,
        _ => 3,
    };
    let (Some(first_a), Some(first_b)) = (a.first(), b.first()) else {
        return false;
    };
    match rank(first_a).cmp(&rank(first_b)) {
        Ordering::Less => return true,
        Ordering::Greater => return false,
        Ordering::Equal => {}
    }
    if a.len() != b.len() {
        return false;
    }
    for (x, y) in a.iter().zip(b) {
        match certainly_before(x, y) {
            Some(Ordering::Equal) => continue,
            Some(order) => return order == Ordering::Less,
            None => return false,
        }
    }
    false
}

/// How `a` and `b` compare where byte order and version sort agree, or `None`.
fn certainly_before(a: &str, b: &str) -> Option<Ordering> {
    if a == b {
        return Some(Ordering::Equal);
    }
    if a.starts_with("r#") || b.starts_with("r#") || !a.is_ascii() || !b.is_ascii() {
        return None;
    }
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let Some(at) = a.iter().zip(b).position(|(x, y)| x != y) else {
        // A prefix sorts first, unless a digit run goes on (`a0` and `a00` are one number).
        let shorter = a.len().min(b.len());
        let digit_run_continues = shorter > 0
            && a[shorter - 1].is_ascii_digit()
            && [a, b]
                .iter()
                .any(|s| s.get(shorter).is_some_and(u8::is_ascii_digit));
        return (!digit_run_continues).then(|| a.len().cmp(&b.len()));
    };
    let (x, y) = (a[at], b[at]);
    let same_class = (x.is_ascii_lowercase() && y.is_ascii_lowercase())
        || (x.is_ascii_uppercase() && y.is_ascii_uppercase());
    if same_class {
        return Some(x.cmp(&y));
    }
    if x.is_ascii_digit() && y.is_ascii_digit() {
        let run_start = a[..at]
            .iter()
            .rposition(|c| !c.is_ascii_digit())
            .map_or(0, |i| i + 1);
        let run_len = |s: &[u8]| {
            s[run_start..]
                .iter()
                .take_while(|c| c.is_ascii_digit())
                .count()
        };
        return (run_len(a) == run_len(b)).then(|| x.cmp(&y));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::certainly_before;
    use std::cmp::Ordering::{Greater, Less};

    #[test]
    fn only_comparisons_both_sorts_agree_on_are_answered() {
        assert_eq!(certainly_before("account", "invoice"), Some(Less));
        assert_eq!(certainly_before("group0009", "group0010"), Some(Less));
        assert_eq!(certainly_before("account", "account2"), Some(Less));
        assert_eq!(certainly_before("Beta", "Alpha"), Some(Greater));
        // Version sort puts a9 before a10, byte order the other way round.
        assert_eq!(certainly_before("a9", "a10"), None);
        assert_eq!(certainly_before("a_b", "ab"), None);
        assert_eq!(certainly_before("a0", "a00"), None);
        assert_eq!(certainly_before("Alpha", "beta"), None);
    }
}
