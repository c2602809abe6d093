//! The `#[cfg(..)]` that compiles an item in with its tag features ([`Gate`]), as text in
//! rustfmt's layout (or left to rustfmt where that layout is not known). What is gated is
//! decided in lowering (`lower::features`); this only prints it.

use crate::ir::{Api, Gate};

/// rustfmt's `attr_fn_like_width`: an attribute whose arguments are no wider stays on one line.
/// Past it, rustfmt's layout depends on more than the width, so such a line is left to rustfmt.
const ATTR_ARGS_WIDTH: usize = 70;

/// The condition inside `cfg(..)`: `feature = "a"` or `any(feature = "a", ..)`; `None` for an
/// item every build has.
fn condition(gate: &Gate) -> Option<String> {
    match gate {
        Gate::Always => None,
        Gate::Features(features) => Some(one_of(features, "any")),
    }
}

/// `feature = "a"` per feature.
fn feature_terms<S: AsRef<str>>(features: &[S]) -> Vec<String> {
    features
        .iter()
        .map(|f| format!("feature = {:?}", f.as_ref()))
        .collect()
}

/// `feature = "a"` for one feature, `<combinator>(feature = "a", feature = "b")` for several.
fn one_of<S: AsRef<str>>(features: &[S], combinator: &str) -> String {
    let parts = feature_terms(features);
    match parts.as_slice() {
        [one] => one.clone(),
        _ => format!("{combinator}({})", parts.join(", ")),
    }
}

/// The `#[cfg(..)]` line of an item, and whether rustfmt certainly keeps it as it is (else the
/// writer leaves the item to rustfmt). `None` for an item every build has.
pub fn cfg_line(gate: &Gate) -> Option<(String, bool)> {
    let condition = condition(gate)?;
    let sure = condition.len() <= ATTR_ARGS_WIDTH;
    Some((format!("#[cfg({condition})]"), sure))
}

/// The gate of the tag whose module is `tag_module`.
pub fn tag_gate(api: &Api, tag_module: &str) -> Gate {
    api.tags
        .iter()
        .find(|t| t.module == tag_module)
        .map_or(Gate::Always, |t| Gate::Features(vec![t.feature.clone()]))
}

/// The `#[cfg(..)]` of an item as lines, in rustfmt's layout: `any(..)` stays on one line while
/// its list of features fits `attr_fn_like_width`; past it, one feature a line (indented by 4,
/// no trailing comma), as rustfmt breaks a long attribute. The flag says whether rustfmt
/// certainly keeps it (a single feature too long for a line is left to rustfmt).
pub fn cfg_lines(gate: &Gate) -> Option<(Vec<String>, bool)> {
    match gate {
        Gate::Features(features) if features.len() > 1 => {
            let terms = feature_terms(features);
            if terms.join(", ").len() <= ATTR_ARGS_WIDTH {
                return Some((vec![format!("#[cfg(any({}))]", terms.join(", "))], true));
            }
            let last = terms.len() - 1;
            let listed = terms.iter().enumerate().map(|(i, term)| {
                let comma = if i < last { "," } else { "" };
                format!("    {term}{comma}")
            });
            let lines = std::iter::once("#[cfg(any(".to_string())
                .chain(listed)
                .chain(std::iter::once("))]".to_string()))
                .collect();
            Some((lines, true))
        }
        _ => cfg_line(gate).map(|(line, sure)| (vec![line], sure)),
    }
}

/// The `#[cfg(..)]` line of the tag whose module is `tag_module` (see [`cfg_line`]).
pub fn tag_cfg_line(api: &Api, tag_module: &str) -> Option<(String, bool)> {
    cfg_line(&tag_gate(api, tag_module))
}

/// `lib.rs`'s crate attribute that allows dead code in a build without every tag feature: the
/// client's sending machinery (`Call`, page streams) is there for the operations, and a build
/// of some tags leaves parts of it unused. The build with every feature keeps the lint. `None`
/// for a crate without tags; else the line and whether rustfmt certainly keeps it as it is.
pub fn partial_build_allow(api: &Api) -> Option<(String, bool)> {
    let mut features: Vec<&str> = api.tags.iter().map(|t| t.feature.as_str()).collect();
    features.sort_unstable();
    features.dedup();
    if features.is_empty() {
        return None;
    }
    let args = format!("not({}), allow(dead_code)", one_of(&features, "all"));
    let sure = args.len() <= ATTR_ARGS_WIDTH;
    Some((format!("#![cfg_attr({args})]"), sure))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gate(features: &[&str]) -> Gate {
        Gate::Features(features.iter().map(|f| f.to_string()).collect())
    }

    /// rustfmt 1.9 keeps a list of features of 70 characters on one line and breaks one of 71
    /// (checked by hand against rustfmt; the synthetic bench spec's models/mod.rs is compared
    /// whole).
    #[test]
    fn a_long_feature_list_is_laid_out_as_rustfmt_does() {
        let (lines, sure) = cfg_lines(&gate(&["authorization", "registration", "users"])).unwrap();
        assert!(sure);
        assert_eq!(
            lines,
            [
                r#"#[cfg(any(feature = "authorization", feature = "registration", feature = "users"))]"#
            ]
        );
        let (lines, sure) = cfg_lines(&gate(&["authorization", "registration", "userss"])).unwrap();
        assert!(sure);
        assert_eq!(
            lines,
            [
                "#[cfg(any(",
                r#"    feature = "authorization","#,
                r#"    feature = "registration","#,
                r#"    feature = "userss""#,
                "))]",
            ]
        );
        assert_eq!(cfg_lines(&Gate::Always), None);
    }
}
