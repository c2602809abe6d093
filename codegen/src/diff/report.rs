//! Reports of a crate's changes: a plain listing for the terminal and Markdown for a pull
//! request or a changelog.

use super::{worst, Bump, Change, Impact, Version};

/// Why a bump is needed, in words.
fn reason(changes: &[Change]) -> &'static str {
    match worst(changes) {
        Some(Impact::Breaking) => "breaking changes",
        Some(Impact::Additive) => "additive changes",
        Some(Impact::Internal) => "internal changes",
        None => "no changes",
    }
}

fn counts(changes: &[Change]) -> String {
    let count = |impact| changes.iter().filter(|c| c.impact == impact).count();
    format!(
        "{} breaking, {} additive, {} internal",
        count(Impact::Breaking),
        count(Impact::Additive),
        count(Impact::Internal)
    )
}

/// The terminal listing: a headline with the bump `changes` need from `version`, then one line
/// per change.
pub fn text(crate_name: &str, version: Version, changes: &[Change]) -> String {
    let bump = version.required_bump(worst(changes));
    let mut out = if bump == Bump::None {
        format!("{crate_name} {version}: no API changes\n")
    } else {
        format!(
            "{crate_name} {version}: {} ({}): needs a {bump} bump, to {}\n",
            reason(changes),
            counts(changes),
            version.bumped(bump)
        )
    };
    for change in changes {
        out.push_str(&format!("  {change}\n"));
    }
    out
}

/// A Markdown section: heading with the versions, then the changes grouped by impact.
pub fn markdown(crate_name: &str, version: Version, changes: &[Change]) -> String {
    let bump = version.required_bump(worst(changes));
    let mut out = if bump == Bump::None {
        format!("### `{crate_name}` {version}: no API changes\n")
    } else {
        format!(
            "### `{crate_name}` {version} → {} ({bump}: {})\n",
            version.bumped(bump),
            reason(changes)
        )
    };
    for (impact, title) in [
        (Impact::Breaking, "Breaking"),
        (Impact::Additive, "Added"),
        (Impact::Internal, "Internal (same Rust API)"),
    ] {
        let group: Vec<&Change> = changes.iter().filter(|c| c.impact == impact).collect();
        if group.is_empty() {
            continue;
        }
        out.push_str(&format!("\n{title}:\n\n"));
        for change in group {
            out.push_str(&format!("- `{}`: {}\n", change.item, change.what));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(impact: Impact, item: &str, what: &str) -> Change {
        Change {
            impact,
            item: item.into(),
            what: what.into(),
        }
    }

    #[test]
    fn markdown_groups_changes_under_the_version_they_need() {
        let changes = [
            change(Impact::Breaking, "models::Card", "field `id` removed"),
            change(Impact::Internal, "servers", "moved"),
        ];
        let md = markdown("x-client", "0.3.1".parse().unwrap(), &changes);
        assert_eq!(
            md,
            "### `x-client` 0.3.1 → 0.4.0 (minor: breaking changes)\n\nBreaking:\n\n\
             - `models::Card`: field `id` removed\n\nInternal (same Rust API):\n\n- `servers`: moved\n"
        );
        let none = markdown("x-client", "1.0.0".parse().unwrap(), &[]);
        assert_eq!(none, "### `x-client` 1.0.0: no API changes\n");
    }

    #[test]
    fn text_names_the_bump_and_lists_every_change() {
        let changes = [change(Impact::Additive, "client.a().b()", "new operation")];
        let text = text("x-client", "1.2.3".parse().unwrap(), &changes);
        assert!(text.starts_with("x-client 1.2.3: additive changes (0 breaking, 1 additive, 0 internal): needs a minor bump, to 1.3.0\n"), "{text}");
        assert!(
            text.contains("  additive  client.a().b(): new operation\n"),
            "{text}"
        );
    }
}
