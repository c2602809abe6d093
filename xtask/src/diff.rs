//! `cargo xtask diff`: what a spec change does to each generated crate's Rust API, the version
//! it needs, and a Markdown summary for a pull request or the changelog.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use anyhow::{bail, Context, Result};
use paygen_codegen::diff::{self, Change, Impact, Version};

use crate::generate;
use crate::release::{self, Versions};

pub const HELP: &str = "\
cargo xtask diff [REV] [--changelog]
cargo xtask diff --old FILE --new FILE [--version V]

Compares each specs/<vendor>.yaml at git revision REV (default HEAD) with the working tree, at
the level of the generated Rust API: operations, parameters, bodies, responses, models, fields,
enum values, unions, environments, auth schemes, paging. Every change is classified:
  breaking   code that compiled may not (a removed item, a new required argument, a new type)
  additive   new items only (an operation, an optional field, an enum value: enums are open)
  internal   the same Rust API, other wire behaviour (a path, a URL, a retry rule)
Then prints the smallest version bump each crate needs from its version at REV (in
release/versions.toml), whether the working tree's version is enough, and a Markdown summary.

  --changelog  also append each changed crate's summary to release/changelogs/<vendor>.md
               (run `cargo xtask gen` afterwards: the crate's CHANGELOG.md is a copy)
  --old FILE --new FILE
               compare two spec files instead
  --version V  the version the --old spec was released as (default 1.0.0)

Exit code: 0 nothing breaking, 1 a breaking change, 2 the comparison failed.";

struct DiffArgs {
    rev: String,
    changelog: bool,
    old: Option<PathBuf>,
    new: Option<PathBuf>,
    version: Option<Version>,
}

fn parse_args(args: &[String]) -> Result<DiffArgs> {
    let mut parsed = DiffArgs {
        rev: "HEAD".into(),
        changelog: false,
        old: None,
        new: None,
        version: None,
    };
    let mut rev_given = false;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let mut value = |name: &str| {
            iter.next()
                .cloned()
                .with_context(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--changelog" => parsed.changelog = true,
            "--old" => parsed.old = Some(PathBuf::from(value("--old")?)),
            "--new" => parsed.new = Some(PathBuf::from(value("--new")?)),
            "--version" => {
                let text = value("--version")?;
                parsed.version = Some(text.parse().map_err(anyhow::Error::msg)?);
            }
            other if other.starts_with('-') => {
                bail!("unknown option `{other}` for diff; see `cargo xtask diff --help`")
            }
            rev if !rev_given => {
                parsed.rev = rev.to_string();
                rev_given = true;
            }
            extra => bail!("unexpected argument `{extra}` for diff"),
        }
    }
    match (&parsed.old, &parsed.new) {
        (Some(_), Some(_)) if rev_given || parsed.changelog => {
            bail!("--old/--new compare two files: no REV or --changelog with them")
        }
        (Some(_), Some(_)) | (None, None) => {}
        _ => bail!("--old and --new go together"),
    }
    if parsed.version.is_some() && parsed.old.is_none() {
        bail!("--version goes with --old/--new (crate versions come from release/versions.toml)");
    }
    Ok(parsed)
}

/// Runs the command; errors are reported here, as exit code 2.
pub fn run(root: &Path, args: &[String]) -> ExitCode {
    match diff(root, args) {
        Ok(true) => ExitCode::from(1),
        Ok(false) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// Whether anything breaking changed.
fn diff(root: &Path, args: &[String]) -> Result<bool> {
    let args = parse_args(args)?;
    if let (Some(old), Some(new)) = (&args.old, &args.new) {
        let read = |path: &Path| {
            std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))
        };
        let changes = compare_texts(&read(old)?, old, &read(new)?, new)?;
        let version = args.version.unwrap_or(Version {
            major: 1,
            minor: 0,
            patch: 0,
        });
        let label = new.display().to_string();
        print!("{}", diff::text(&label, version, &changes));
        println!("\n{}", diff::markdown(&label, version, &changes));
        return Ok(diff::worst(&changes) == Some(Impact::Breaking));
    }
    let versions_then = versions_at(root, &args.rev)?;
    let versions_now = Versions::load(root)?;
    let mut breaking = false;
    let mut summary = Vec::new();
    for spec in generate::vendor_specs(root)? {
        let vendor = generate::stem(&spec);
        let crate_name = format!("{vendor}-client");
        let relative = format!("specs/{vendor}.yaml");
        let Some(old_text) = git_show(root, &args.rev, &relative)? else {
            println!("{crate_name}: new crate (no {relative} at {})\n", args.rev);
            continue;
        };
        let new_text = std::fs::read_to_string(&spec)
            .with_context(|| format!("cannot read {}", spec.display()))?;
        let old_name = PathBuf::from(format!("{}:{relative}", args.rev));
        let changes = compare_texts(&old_text, &old_name, &new_text, &spec)?;
        let then = versions_then.version_of(&crate_name);
        let now = versions_now.version_of(&crate_name);
        print!("{}", diff::text(&crate_name, then, &changes));
        let needed = then.required_bump(diff::worst(&changes));
        let given = then.bump_to(&now).map_err(anyhow::Error::msg)?;
        if given < needed {
            println!(
                "  -> set {crate_name} to {} in {} (it says {now})",
                then.bumped(needed),
                release::VERSIONS
            );
        } else if !changes.is_empty() {
            println!("  -> {now} in {} is enough", release::VERSIONS);
        }
        println!();
        breaking |= diff::worst(&changes) == Some(Impact::Breaking);
        if !changes.is_empty() {
            let section = diff::markdown(&crate_name, then, &changes);
            if args.changelog {
                release::append_changelog(root, &vendor, &crate_name, &section)?;
            }
            summary.push(section);
        }
    }
    if summary.is_empty() {
        println!("No API changes since {}.", args.rev);
    } else {
        println!("## API changes since `{}`\n", args.rev);
        println!("{}", summary.join("\n"));
        if args.changelog {
            println!(
                "Appended to {}/ (run `cargo xtask gen` to copy into the crates).",
                release::CHANGELOGS
            );
        }
    }
    Ok(breaking)
}

/// Lowers both texts and compares them.
pub fn compare_texts(
    old: &str,
    old_name: &Path,
    new: &str,
    new_name: &Path,
) -> Result<Vec<Change>> {
    if old == new {
        return Ok(Vec::new());
    }
    let lower = |text: &str, name: &Path| {
        paygen_codegen::lower_str(text, name, "diff")
            .map(|(api, _)| api)
            .map_err(|diagnostics| anyhow::anyhow!("{diagnostics}"))
            .with_context(|| format!("cannot read {}", name.display()))
    };
    Ok(diff::compare(
        &lower(old, old_name)?,
        &lower(new, new_name)?,
    ))
}

/// `git show REV:PATH`: `None` when the path does not exist at that revision.
pub fn git_show(root: &Path, rev: &str, path: &str) -> Result<Option<String>> {
    let output = Command::new("git")
        .args(["show", &format!("{rev}:{path}")])
        .current_dir(root)
        .output()
        .context("cannot run git")?;
    if output.status.success() {
        return String::from_utf8(output.stdout)
            .map(Some)
            .with_context(|| format!("{rev}:{path} is not UTF-8"));
    }
    // Tell a path missing at a good revision from a revision that does not exist.
    let exists = Command::new("git")
        .args([
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ])
        .current_dir(root)
        .output()
        .context("cannot run git")?;
    if exists.status.success() {
        Ok(None)
    } else {
        bail!(
            "git does not know the revision `{rev}` in {} (a shallow clone? fetch the history): {}",
            root.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        )
    }
}

fn versions_at(root: &Path, rev: &str) -> Result<Versions> {
    match git_show(root, rev, release::VERSIONS)? {
        Some(text) => {
            Versions::parse(&text).with_context(|| format!("in {rev}:{}", release::VERSIONS))
        }
        // Before versions were recorded, every crate was 0.1.0.
        None => Ok(Versions::default()),
    }
}
