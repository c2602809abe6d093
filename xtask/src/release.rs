//! What the repository adds to a generated crate to release it, beyond what the generator
//! writes: the crate's version (set in one place, `release/versions.toml`), a versioned
//! dependency on the runtime, the repository URL, and its `CHANGELOG.md`
//! (`release/changelogs/<vendor>.md`). And the rule `gen --check` enforces: the version moved
//! at least as far as the API changes since the crate's baseline need.
//!
//! The generator stays out of this: a standalone crate (`gen --spec`) has no release history.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use paygen_codegen::diff::{self, Bump, Change, Version};
use paygen_codegen::Generated;
use toml_edit::{value, DocumentMut, InlineTable, Item};

use crate::generate::{self, Job};

/// Where versions live, relative to the repository root.
pub const VERSIONS: &str = "release/versions.toml";
/// Where each vendor's changelog lives, relative to the repository root.
pub const CHANGELOGS: &str = "release/changelogs";

/// A crate's entry in `release/versions.toml`.
#[derive(Clone, Debug)]
pub struct CrateVersion {
    /// The version the crate is generated with.
    pub version: Version,
    /// The commit whose spec is the API of `baseline_version`, if the crate has one.
    pub baseline: Option<(String, Version)>,
}

/// `release/versions.toml`, read.
#[derive(Clone, Debug, Default)]
pub struct Versions {
    /// Entries by crate name.
    pub crates: BTreeMap<String, CrateVersion>,
}

impl Versions {
    /// Reads `release/versions.toml` under `root`; an absent file means no crate has a version
    /// of its own yet (each is generated at 0.1.0 and nothing is checked).
    pub fn load(root: &Path) -> Result<Versions> {
        let path = root.join(VERSIONS);
        match std::fs::read_to_string(&path) {
            Ok(text) => Versions::parse(&text).with_context(|| format!("in {VERSIONS}")),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(Versions::default()),
            Err(err) => Err(err).with_context(|| format!("cannot read {}", path.display())),
        }
    }

    /// Parses the text of a versions file.
    pub fn parse(text: &str) -> Result<Versions> {
        let doc: DocumentMut = text.parse().context("not valid TOML")?;
        let mut crates = BTreeMap::new();
        for (name, entry) in doc.iter() {
            let Some(table) = entry.as_table_like() else {
                bail!("`{name}` must be a table with `version`");
            };
            // A misspelt key would silently switch the check off.
            if let Some((key, _)) = table
                .iter()
                .find(|(key, _)| !["version", "baseline", "baseline-version"].contains(key))
            {
                bail!("`{name}.{key}` is not a key (version, baseline, baseline-version)");
            }
            let field = |key: &str| -> Result<Option<&str>> {
                match table.get(key) {
                    None => Ok(None),
                    Some(item) => item
                        .as_str()
                        .map(Some)
                        .with_context(|| format!("`{name}.{key}` must be a string")),
                }
            };
            let version =
                field("version")?.with_context(|| format!("`{name}` has no `version`"))?;
            let version = parse_version(name, "version", version)?;
            let baseline = match (field("baseline")?, field("baseline-version")?) {
                (None, None) => None,
                (Some(rev), Some(at)) => Some((
                    rev.to_string(),
                    parse_version(name, "baseline-version", at)?,
                )),
                _ => bail!("`{name}` needs both `baseline` and `baseline-version`, or neither"),
            };
            crates.insert(name.to_string(), CrateVersion { version, baseline });
        }
        Ok(Versions { crates })
    }

    /// The version a crate is generated with (0.1.0 for a crate the file does not list).
    pub fn version_of(&self, crate_name: &str) -> Version {
        self.crates.get(crate_name).map_or(
            Version {
                major: 0,
                minor: 1,
                patch: 0,
            },
            |c| c.version,
        )
    }
}

fn parse_version(name: &str, key: &str, text: &str) -> Result<Version> {
    text.parse::<Version>()
        .map_err(anyhow::Error::msg)
        .with_context(|| format!("`{name}.{key}`"))
}

/// What the repository's manifests say every published crate shares.
#[derive(Clone, Debug, Default)]
pub struct Workspace {
    /// `workspace.package.repository` of the root manifest.
    pub repository: Option<String>,
    /// The runtime's version, for the generated crates' dependency on it.
    pub runtime_version: Option<String>,
}

impl Workspace {
    /// Reads the root and runtime manifests; a tree without them (a scratch root) has neither.
    pub fn load(root: &Path) -> Result<Workspace> {
        let manifest = |path: &str| -> Result<Option<DocumentMut>> {
            let path = root.join(path);
            let Ok(text) = std::fs::read_to_string(&path) else {
                return Ok(None);
            };
            text.parse::<DocumentMut>()
                .map(Some)
                .with_context(|| format!("{} is not valid TOML", path.display()))
        };
        let text_at = |doc: &Option<DocumentMut>, keys: &[&str]| -> Option<String> {
            let mut item = doc.as_ref()?.as_item();
            for key in keys {
                item = item.get(key)?;
            }
            item.as_str().map(String::from)
        };
        Ok(Workspace {
            repository: text_at(
                &manifest("Cargo.toml")?,
                &["workspace", "package", "repository"],
            ),
            runtime_version: text_at(&manifest("runtime/Cargo.toml")?, &["package", "version"]),
        })
    }
}

/// Sets a generated manifest's version, the version of its path dependency on the runtime (a
/// published crate needs one) and its repository.
pub fn stamp_manifest(text: &str, version: Version, workspace: &Workspace) -> Result<String> {
    let mut doc: DocumentMut = text
        .parse()
        .context("generated Cargo.toml is not valid TOML")?;
    let package = doc
        .get_mut("package")
        .and_then(Item::as_table_like_mut)
        .context("generated Cargo.toml has no [package]")?;
    package.insert("version", value(version.to_string()));
    if let Some(repository) = &workspace.repository {
        package.insert("repository", value(repository.as_str()));
    }
    let runtime = doc
        .get_mut("dependencies")
        .and_then(|d| d.get_mut("paygen-runtime"))
        .and_then(Item::as_inline_table_mut)
        .context("generated Cargo.toml has no inline paygen-runtime dependency")?;
    if let (true, Some(runtime_version)) =
        (runtime.contains_key("path"), &workspace.runtime_version)
    {
        // Version first, as cargo's docs write a path dependency that is also published.
        let mut stamped = InlineTable::new();
        stamped.insert("version", runtime_version.as_str().into());
        for (key, item) in runtime.iter().filter(|(key, _)| *key != "version") {
            stamped.insert(key, item.clone());
        }
        stamped.fmt();
        *runtime = stamped;
    }
    Ok(doc.to_string())
}

/// Gives each vendor crate generated in memory its version, runtime dependency version,
/// repository and `CHANGELOG.md`.
pub fn finish(root: &Path, jobs: &[Job], results: &mut [(Generated, u128)]) -> Result<()> {
    let versions = Versions::load(root)?;
    let workspace = Workspace::load(root)?;
    for (job, (generated, _)) in jobs.iter().zip(results.iter_mut()) {
        let Some(vendor) = &job.vendor else {
            continue;
        };
        let version = versions.version_of(&job.options.crate_name);
        let manifest = generated
            .files
            .get_mut("Cargo.toml")
            .context("the generator wrote no Cargo.toml")?;
        *manifest = stamp_manifest(manifest, version, &workspace)
            .with_context(|| format!("generated/{vendor}/Cargo.toml"))?;
        let changelog = changelog_path(root, vendor);
        if changelog.exists() {
            let text = std::fs::read_to_string(&changelog)
                .with_context(|| format!("cannot read {}", changelog.display()))?;
            generated.files.insert("CHANGELOG.md".into(), text);
        }
    }
    Ok(())
}

/// Every crate in `release/versions.toml` with a baseline whose version moved less than the
/// API changes of its spec since the baseline need.
pub fn check_versions(root: &Path) -> Result<Vec<Underbumped>> {
    let versions = Versions::load(root)?;
    let mut found = Vec::new();
    for spec in generate::vendor_specs(root)? {
        let vendor = generate::stem(&spec);
        let crate_name = format!("{vendor}-client");
        let Some(entry) = versions.crates.get(&crate_name) else {
            continue;
        };
        let Some((rev, _)) = &entry.baseline else {
            continue;
        };
        if shallow_without(root, rev) {
            eprintln!(
                "warning: {crate_name}: the baseline {rev} is not in this shallow clone; its version is not checked (fetch the history to check it)"
            );
            continue;
        }
        let relative = format!("specs/{vendor}.yaml");
        let Some(old) = crate::diff::git_show(root, rev, &relative)? else {
            continue; // a crate new since the baseline: nothing to compare with
        };
        let new = std::fs::read_to_string(&spec)
            .with_context(|| format!("cannot read {}", spec.display()))?;
        let old_name = PathBuf::from(format!("{rev}:{relative}"));
        let changes = crate::diff::compare_texts(&old, &old_name, &new, &spec)?;
        found.extend(check_version(&crate_name, entry, &changes)?);
    }
    Ok(found)
}

/// True in a shallow clone that lacks `rev`: there is nothing to compare with, and failing
/// every build of such a clone would say nothing about the versions. A full clone that lacks
/// `rev` still fails (a mistyped baseline).
fn shallow_without(root: &Path, rev: &str) -> bool {
    let git = |args: &[&str]| {
        std::process::Command::new("git")
            .args(args)
            .current_dir(root)
            .output()
            .ok()
    };
    let shallow = git(&["rev-parse", "--is-shallow-repository"])
        .is_some_and(|o| o.stdout.starts_with(b"true"));
    shallow
        && !git(&[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ])
        .is_some_and(|o| o.status.success())
}

/// Prints every crate [`check_versions`] finds; whether there were none.
pub fn report_versions(root: &Path) -> Result<bool> {
    let underbumped = check_versions(root)?;
    for crate_version in &underbumped {
        eprint!("{crate_version}");
    }
    if !underbumped.is_empty() {
        eprintln!(
            "{} crates need a bigger version bump: raise `version` in {VERSIONS} (`cargo xtask diff` shows the changes)",
            underbumped.len()
        );
    }
    Ok(underbumped.is_empty())
}

/// The changelog file of a vendor.
pub fn changelog_path(root: &Path, vendor: &str) -> PathBuf {
    root.join(CHANGELOGS).join(format!("{vendor}.md"))
}

/// Appends a section to a vendor's changelog, creating it with a title if needed.
pub fn append_changelog(root: &Path, vendor: &str, crate_name: &str, section: &str) -> Result<()> {
    let path = changelog_path(root, vendor);
    let mut text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            format!("# Changelog of `{crate_name}`\n")
        }
        Err(err) => return Err(err).with_context(|| format!("cannot read {}", path.display())),
    };
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push('\n');
    text.push_str(section);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))
}

/// A crate whose version moved less than its API changes need.
pub struct Underbumped {
    /// Crate name.
    pub crate_name: String,
    /// What `release/versions.toml` says.
    pub version: Version,
    /// The baseline commit and its version.
    pub baseline: (String, Version),
    /// The bump the changes need from the baseline version.
    pub needed: Bump,
    /// The changes that need more than the version got.
    pub changes: Vec<Change>,
}

impl std::fmt::Display for Underbumped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (rev, at) = &self.baseline;
        let short = &rev[..rev.len().min(12)];
        writeln!(
            f,
            "{}: version {} in {VERSIONS}, but the API changes since {at} (commit {short}) need a {} bump, to {}:",
            self.crate_name,
            self.version,
            self.needed,
            at.bumped(self.needed)
        )?;
        for change in &self.changes {
            writeln!(f, "  {change}")?;
        }
        Ok(())
    }
}

/// Checks one crate's version against the changes since its baseline: `None` when the version
/// moved far enough.
pub fn check_version(
    crate_name: &str,
    entry: &CrateVersion,
    changes: &[Change],
) -> Result<Option<Underbumped>> {
    let Some((rev, at)) = &entry.baseline else {
        return Ok(None);
    };
    let given = at
        .bump_to(&entry.version)
        .map_err(anyhow::Error::msg)
        .with_context(|| format!("{crate_name}: version is below its baseline-version"))?;
    let needed = at.required_bump(diff::worst(changes));
    if given >= needed {
        return Ok(None);
    }
    let changes = changes
        .iter()
        .filter(|c| at.required_bump(Some(c.impact)) > given)
        .cloned()
        .collect();
    Ok(Some(Underbumped {
        crate_name: crate_name.to_string(),
        version: entry.version,
        baseline: (rev.clone(), *at),
        needed,
        changes,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use paygen_codegen::diff::Impact;

    fn change(impact: Impact) -> Change {
        Change {
            impact,
            item: "models::Pet".into(),
            what: format!("an {impact} change"),
        }
    }

    fn entry(version: &str, baseline: &str) -> CrateVersion {
        CrateVersion {
            version: version.parse().unwrap(),
            baseline: Some(("abc".into(), baseline.parse().unwrap())),
        }
    }

    #[test]
    fn a_breaking_change_needs_the_minor_while_0x_and_names_only_what_needs_it() {
        let changes = [change(Impact::Breaking), change(Impact::Additive)];
        let under = check_version("x", &entry("0.1.1", "0.1.0"), &changes)
            .unwrap()
            .expect("a patch bump is too small");
        assert_eq!(under.needed, Bump::Minor);
        assert_eq!(under.changes, vec![change(Impact::Breaking)]);
        assert!(
            under.to_string().contains("need a minor bump, to 0.2.0"),
            "{under}"
        );
        assert!(check_version("x", &entry("0.2.0", "0.1.0"), &changes)
            .unwrap()
            .is_none());
        assert!(check_version("x", &entry("0.1.0", "0.1.0"), &[])
            .unwrap()
            .is_none());
        assert!(check_version("x", &entry("0.0.9", "0.1.0"), &[]).is_err());
    }

    #[test]
    fn the_versions_file_is_checked_as_it_is_read() {
        let ok = Versions::parse(
            "[a-client]\nversion = \"0.2.0\"\nbaseline = \"abc\"\nbaseline-version = \"0.1.0\"\n",
        )
        .unwrap();
        assert_eq!(ok.version_of("a-client").to_string(), "0.2.0");
        assert_eq!(ok.version_of("other").to_string(), "0.1.0");
        for bad in [
            "[a]\nversion = \"1.2\"\n",
            "[a]\nbaseline = \"abc\"\n",
            "[a]\nversion = \"1.0.0\"\nbaseline = \"abc\"\n",
            "[a]\nversion = \"1.0.0\"\nbaselin = \"abc\"\n",
            "a = 3\n",
            "[a\n",
        ] {
            assert!(Versions::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn stamping_sets_version_runtime_version_and_repository_and_keeps_comments() {
        let manifest = "# Generated.\n[package]\nname = \"a\"\nversion = \"0.1.0\"\n\n[dependencies]\npaygen-runtime = { path = \"../../runtime\", default-features = false }\n";
        let workspace = Workspace {
            repository: Some("https://example.test/paygen".into()),
            runtime_version: Some("0.3.0".into()),
        };
        let out = stamp_manifest(manifest, "1.2.3".parse().unwrap(), &workspace).unwrap();
        assert!(out.starts_with("# Generated.\n"), "{out}");
        assert!(out.contains("version = \"1.2.3\""), "{out}");
        assert!(
            out.contains("repository = \"https://example.test/paygen\""),
            "{out}"
        );
        assert!(
            out.contains("paygen-runtime = { version = \"0.3.0\", path = \"../../runtime\", default-features = false }\n"),
            "{out}"
        );
    }
}
