//! Pinned external tools for `cargo xtask test`, installed into git-ignored folders
//! of the repo so a fresh machine needs only Node 20 (>= 20.19), npm and Python 3.11:
//!
//! - `tools/node_modules`: Prism (mock server) and Redocly (spec lint), exactly as
//!   locked in `tools/package-lock.json`.
//! - `tools/.venv`: openapi-spec-validator, as pinned in `tools/requirements.txt`.
//!
//! Each install writes a stamp file holding a hash of the files that define it, so an
//! up-to-date install costs one file read and the install reruns when a pin changes.
//! Only the npm registry and PyPI are contacted, and only while installing.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Instant;

use anyhow::{bail, Context, Result};

/// Bump when the install steps change, so existing installs are redone.
const STAMP_FORMAT: &str = "paygen-tools-v1";
/// Written inside the install folder: deleting the folder also deletes the stamp.
const STAMP_FILE: &str = ".paygen-stamp";
/// Oldest Node that runs the pinned Redocly CLI (its `engines` field).
const MIN_NODE: (u32, u32) = (20, 19);
/// Oldest Python the pinned validator and its dependencies install on.
const MIN_PYTHON: (u32, u32) = (3, 10);
/// Lines of install output kept in error messages (the end says what failed).
const TAIL_LINES: usize = 60;
/// Lines of lint output kept per spec and tool (the start has the errors).
const REPORT_LINES: usize = 40;

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

/// Installs the pinned npm tools into tools/node_modules unless already installed at
/// the locked versions (cheap check: compare a stamp file holding the lockfile's hash).
/// Prints one line saying what it did.
pub fn ensure_node_tools(root: &Path) -> Result<()> {
    let tools = root.join("tools");
    let stamp = stamp_of_files(&[tools.join("package.json"), tools.join("package-lock.json")])?;
    let stamp_path = tools.join("node_modules").join(STAMP_FILE);
    let bins_present = prism_bin(root).exists() && redocly_bin(root).exists();
    if bins_present && stamp_matches(&read_optional(&stamp_path)?, &stamp) {
        println!("tools: npm tools up to date (tools/node_modules)");
        return Ok(());
    }

    check_node()?;
    let started = Instant::now();
    // `npm ci` wipes node_modules and installs exactly the lockfile; it never edits it.
    let mut cmd = Command::new(npm_program());
    cmd.args(["ci", "--no-audit", "--no-fund", "--prefix"])
        .arg(&tools);
    run_checked(
        &mut cmd,
        "npm ci (tools/package-lock.json)",
        "Node 20 and npm",
    )?;
    fs::write(&stamp_path, &stamp).with_context(|| format!("writing {}", stamp_path.display()))?;
    println!(
        "tools: installed npm tools into tools/node_modules in {:.1}s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Same for the Python venv in tools/.venv from tools/requirements.txt.
pub fn ensure_python_tools(root: &Path) -> Result<()> {
    let tools = root.join("tools");
    let venv = tools.join(".venv");
    let stamp = stamp_of_files(&[tools.join("requirements.txt")])?;
    let stamp_path = venv.join(STAMP_FILE);
    if validator_bin(root).exists() && stamp_matches(&read_optional(&stamp_path)?, &stamp) {
        println!("tools: Python tools up to date (tools/.venv)");
        return Ok(());
    }

    let python = find_python()?;
    let started = Instant::now();
    // Start from an empty venv so packages dropped from requirements.txt go away too.
    if venv.exists() {
        fs::remove_dir_all(&venv).with_context(|| format!("removing stale {}", venv.display()))?;
    }
    let mut cmd = Command::new(&python);
    cmd.args(["-m", "venv"]).arg(&venv);
    run_checked(
        &mut cmd,
        "python -m venv tools/.venv",
        "Python 3.11 with the venv module (Debian: python3-venv)",
    )?;

    let mut cmd = Command::new(venv_bin(&venv, "python"));
    cmd.args([
        "-m",
        "pip",
        "install",
        "--no-input",
        "--disable-pip-version-check",
        "-r",
    ])
    .arg(tools.join("requirements.txt"));
    run_checked(
        &mut cmd,
        "pip install -r tools/requirements.txt",
        "Python 3.11 and pip",
    )?;

    fs::write(&stamp_path, &stamp).with_context(|| format!("writing {}", stamp_path.display()))?;
    println!(
        "tools: installed Python tools into tools/.venv with {python} in {:.1}s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Runs openapi-spec-validator and `redocly lint` (with redocly.yaml) on each spec;
/// collects every failure; Err lists the failing specs with the tool output.
///
/// Redocly warnings fail the gate too: each one is fixed in the spec or switched off in
/// redocly.yaml with a comment, so none pile up unread.
pub fn lint_specs(root: &Path, specs: &[PathBuf]) -> Result<()> {
    let config = root.join("redocly.yaml");
    if !config.exists() {
        bail!("{} is missing: the spec lint needs it", config.display());
    }
    let mut failures = Vec::new();
    for spec in specs {
        let shown = display_path(root, spec);
        let mut problems = Vec::new();
        if let Some(report) = run_validator(root, spec)? {
            problems.push(("openapi-spec-validator", report));
        }
        if let Some(report) = run_redocly(root, spec)? {
            problems.push(("redocly lint", report));
        }
        if problems.is_empty() {
            println!("lint: {shown} ok");
        } else {
            println!("lint: {shown} FAILED");
            failures.push(format_failure(&shown, &problems));
        }
    }
    if failures.is_empty() {
        return Ok(());
    }
    bail!(
        "spec lint failed for {} of {} specs (fix the spec, or justify a rule in redocly.yaml):\n\n{}",
        failures.len(),
        specs.len(),
        failures.join("\n")
    )
}

/// Path of the prism binary in tools/node_modules/.bin.
pub fn prism_bin(root: &Path) -> PathBuf {
    node_bin(root, "prism")
}

// ---------------------------------------------------------------------------
// Lint runners: Ok(None) when the spec passed, Ok(Some(report)) when it did not,
// Err only when the tool itself could not be run.
// ---------------------------------------------------------------------------

fn run_validator(root: &Path, spec: &Path) -> Result<Option<String>> {
    let bin = validator_bin(root);
    let mut cmd = Command::new(&bin);
    cmd.args(["--validation-errors", "all"])
        .arg(spec)
        .current_dir(root);
    let out = spawn(
        &mut cmd,
        &bin,
        "run ensure_python_tools first, or delete tools/.venv",
    )?;
    if out.status.success() {
        return Ok(None);
    }
    Ok(Some(head(&combined_output(&out), REPORT_LINES)))
}

fn run_redocly(root: &Path, spec: &Path) -> Result<Option<String>> {
    let bin = redocly_bin(root);
    let mut cmd = Command::new(&bin);
    // A path relative to the root lets `apis.<name>.root` in redocly.yaml match it.
    cmd.args(["lint", "--config", "redocly.yaml", "--format=stylish"])
        .arg(spec.strip_prefix(root).unwrap_or(spec))
        .current_dir(root)
        // No telemetry, update check or announcements: no network, stable output.
        .env("REDOCLY_TELEMETRY", "off")
        .env("REDOCLY_SUPPRESS_NOTIFICATIONS", "true")
        .env("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true")
        .env("NO_COLOR", "1");
    let out = spawn(
        &mut cmd,
        &bin,
        "run ensure_node_tools first, or delete tools/node_modules",
    )?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let problems = stylish_problems(&stdout);
    let warnings = problems.iter().filter(|p| p.severity == "warning").count();
    if out.status.success() && warnings == 0 {
        return Ok(None);
    }
    let stderr = drop_noise(&String::from_utf8_lossy(&out.stderr));
    let listing = head(stdout.trim_end(), REPORT_LINES);
    Ok(Some(format!(
        "{}\n{listing}\n{stderr}",
        rule_summary(&problems)
    )))
}

/// One problem line of redocly's stylish format: `  12:5  warning  rule-id  message`.
#[derive(Debug, PartialEq)]
struct Problem<'a> {
    severity: &'a str,
    rule: &'a str,
}

fn stylish_problems(stylish: &str) -> Vec<Problem<'_>> {
    stylish
        .lines()
        .filter_map(|line| {
            let mut words = line.split_whitespace();
            let (l, c) = words.next()?.split_once(':')?;
            let is_position = !l.is_empty()
                && !c.is_empty()
                && l.bytes().chain(c.bytes()).all(|b| b.is_ascii_digit());
            let severity = words.next()?;
            let rule = words.next()?;
            let known = matches!(severity, "error" | "warning");
            (is_position && known).then_some(Problem { severity, rule })
        })
        .collect()
}

/// "by rule: no-path-trailing-slash 1 error, operation-4xx-response 78 warnings", so a
/// long listing still says at a glance which rules to fix or justify.
fn rule_summary(problems: &[Problem<'_>]) -> String {
    let mut counts: Vec<(&str, &str, usize)> = Vec::new();
    for p in problems {
        match counts
            .iter_mut()
            .find(|(r, s, _)| *r == p.rule && *s == p.severity)
        {
            Some(entry) => entry.2 += 1,
            None => counts.push((p.rule, p.severity, 1)),
        }
    }
    let parts: Vec<String> = counts
        .iter()
        .map(|(rule, severity, n)| {
            format!("{rule} {n} {severity}{}", if *n == 1 { "" } else { "s" })
        })
        .collect();
    format!(
        "by rule: {}",
        if parts.is_empty() {
            "-".to_string()
        } else {
            parts.join(", ")
        }
    )
}

/// Drops what only buries the real messages in redocly's stderr: the boxed notice it
/// prints on every run ("Node.js 20 support is ending"), progress lines, the hint to
/// use an ignore file (we justify in redocly.yaml instead), the all-clear that ignores
/// warnings, and blank lines.
fn drop_noise(text: &str) -> String {
    text.lines()
        .filter(|line| {
            let line = line.trim();
            !(line.is_empty()
                || line.contains(['║', '╔', '╚'])
                || line.starts_with("validating ")
                || line.contains(": validated in ")
                || line.contains("--generate-ignore-file")
                // "Woohoo! Your API description is valid." reads oddly above warnings that fail.
                || line.starts_with("Woohoo!"))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn format_failure(spec: &str, problems: &[(&str, String)]) -> String {
    let mut text = format!("=== {spec}\n");
    for (tool, report) in problems {
        text.push_str(&format!("--- {tool}:\n{report}\n"));
    }
    text
}

// ---------------------------------------------------------------------------
// Finding the system tools
// ---------------------------------------------------------------------------

fn check_node() -> Result<()> {
    let out = Command::new("node")
        .arg("--version")
        .stdin(Stdio::null())
        .output();
    let version = match out {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout).trim().to_string(),
        _ => bail!(
            "node not found: install Node 20 (>= {}.{}) with npm",
            MIN_NODE.0,
            MIN_NODE.1
        ),
    };
    match parse_version(&version) {
        Some(found) if found >= MIN_NODE => Ok(()),
        _ => bail!(
            "node {version} is too old for the pinned tools: install Node 20 (>= {}.{})",
            MIN_NODE.0,
            MIN_NODE.1
        ),
    }
}

/// First Python >= MIN_PYTHON, preferring 3.11 (the version requirements.txt was frozen with).
fn find_python() -> Result<String> {
    let script = "import sys; print('%d.%d' % sys.version_info[:2])";
    let mut seen = Vec::new();
    for candidate in ["python3.11", "python3", "python"] {
        let out = Command::new(candidate)
            .args(["-c", script])
            .stdin(Stdio::null())
            .output();
        let Ok(out) = out else { continue };
        if !out.status.success() {
            continue;
        }
        let version = String::from_utf8_lossy(&out.stdout).trim().to_string();
        match parse_version(&version) {
            Some(found) if found >= MIN_PYTHON => return Ok(candidate.to_string()),
            _ => seen.push(format!("{candidate} is {version}")),
        }
    }
    let seen = if seen.is_empty() {
        "none found".to_string()
    } else {
        seen.join(", ")
    };
    bail!("python not found: install Python 3.11 with the venv module ({seen})")
}

/// "v20.20.2" or "3.11" -> (20, 20) or (3, 11).
fn parse_version(text: &str) -> Option<(u32, u32)> {
    let mut parts = text.trim().trim_start_matches('v').split('.');
    let major = parts.next()?.parse().ok()?;
    let minor = parts.next()?.parse().ok()?;
    Some((major, minor))
}

fn npm_program() -> &'static str {
    if cfg!(windows) {
        "npm.cmd"
    } else {
        "npm"
    }
}

fn node_bin(root: &Path, name: &str) -> PathBuf {
    let file = if cfg!(windows) {
        format!("{name}.cmd")
    } else {
        name.to_string()
    };
    root.join("tools")
        .join("node_modules")
        .join(".bin")
        .join(file)
}

fn redocly_bin(root: &Path) -> PathBuf {
    node_bin(root, "redocly")
}

fn validator_bin(root: &Path) -> PathBuf {
    venv_bin(&root.join("tools").join(".venv"), "openapi-spec-validator")
}

fn venv_bin(venv: &Path, name: &str) -> PathBuf {
    if cfg!(windows) {
        venv.join("Scripts").join(format!("{name}.exe"))
    } else {
        venv.join("bin").join(name)
    }
}

// ---------------------------------------------------------------------------
// Running commands
// ---------------------------------------------------------------------------

/// Runs a command with no stdin (CI has none) and its output captured; a missing
/// program becomes an error that says what to do.
fn spawn(cmd: &mut Command, program: &Path, hint: &str) -> Result<Output> {
    cmd.stdin(Stdio::null()).env("CI", "true");
    match cmd.output() {
        Ok(out) => Ok(out),
        Err(err) if err.kind() == io::ErrorKind::NotFound => {
            bail!("{} not found: {hint}", program.display())
        }
        Err(err) => Err(err).with_context(|| format!("running {}", program.display())),
    }
}

/// `spawn`, then fails with the output tail when the command exits non-zero.
fn run_checked(cmd: &mut Command, what: &str, needs: &str) -> Result<()> {
    let program = PathBuf::from(cmd.get_program());
    let out = spawn(cmd, &program, &format!("install {needs}"))?;
    if out.status.success() {
        return Ok(());
    }
    bail!(
        "{what} failed ({}):\n{}",
        out.status,
        tail(&combined_output(&out), TAIL_LINES)
    )
}

fn combined_output(out: &Output) -> String {
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    format!("{}\n{}", stdout.trim_end(), stderr.trim_end())
        .trim()
        .to_string()
}

/// The first `n` lines of `text`, with a marker when some were cut.
fn head(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() <= n {
        return lines.join("\n");
    }
    format!(
        "{}\n[... {} more lines ...]",
        lines[..n].join("\n"),
        lines.len() - n
    )
}

/// The last `n` lines of `text`, with a marker when some were cut.
pub(crate) fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() <= n {
        return lines.join("\n");
    }
    let cut = lines.len() - n;
    format!("[... {cut} lines cut ...]\n{}", lines[cut..].join("\n"))
}

fn display_path(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

// ---------------------------------------------------------------------------
// Stamps
// ---------------------------------------------------------------------------

/// Stamp for a set of files: the format tag plus a hash of each file's name and bytes.
fn stamp_of_files(files: &[PathBuf]) -> Result<String> {
    let mut parts = Vec::new();
    for file in files {
        let bytes = fs::read(file).with_context(|| format!("reading {}", file.display()))?;
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        parts.push((name, bytes));
    }
    Ok(stamp_of(&parts))
}

fn stamp_of(parts: &[(String, Vec<u8>)]) -> String {
    let mut hash = Fnv1a64::new();
    for (name, bytes) in parts {
        // Lengths keep ("ab", "c") and ("a", "bc") apart.
        hash.write(&(name.len() as u64).to_le_bytes());
        hash.write(name.as_bytes());
        hash.write(&(bytes.len() as u64).to_le_bytes());
        hash.write(bytes);
    }
    format!("{STAMP_FORMAT} {:016x}", hash.finish())
}

fn stamp_matches(existing: &Option<String>, expected: &str) -> bool {
    existing.as_deref().map(str::trim) == Some(expected)
}

/// A file's text, or None when it does not exist.
fn read_optional(path: &Path) -> Result<Option<String>> {
    match fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(err).with_context(|| format!("reading {}", path.display())),
    }
}

/// FNV-1a, 64 bit: tiny, stable across Rust versions and platforms (unlike
/// `DefaultHasher`), and plenty to notice that a lockfile changed.
struct Fnv1a64(u64);

impl Fnv1a64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;

    fn new() -> Self {
        Fnv1a64(Self::OFFSET)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(Self::PRIME);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fnv(bytes: &[u8]) -> u64 {
        let mut hash = Fnv1a64::new();
        hash.write(bytes);
        hash.finish()
    }

    #[test]
    fn fnv1a64_matches_reference_vectors() {
        assert_eq!(fnv(b""), 0xcbf29ce484222325);
        assert_eq!(fnv(b"a"), 0xaf63dc4c8601ec8c);
        assert_eq!(fnv(b"foobar"), 0x85944171f73967e8);
    }

    #[test]
    fn fnv1a64_is_incremental() {
        let mut hash = Fnv1a64::new();
        hash.write(b"foo");
        hash.write(b"bar");
        assert_eq!(hash.finish(), fnv(b"foobar"));
    }

    fn part(name: &str, bytes: &str) -> (String, Vec<u8>) {
        (name.to_string(), bytes.as_bytes().to_vec())
    }

    #[test]
    fn stamp_is_stable_and_tagged() {
        let parts = [part("package-lock.json", "{}")];
        let stamp = stamp_of(&parts);
        assert_eq!(stamp, stamp_of(&parts));
        assert!(stamp.starts_with("paygen-tools-v1 "));
        assert_eq!(stamp.len(), "paygen-tools-v1 ".len() + 16);
    }

    #[test]
    fn stamp_changes_with_content_name_and_split() {
        let base = stamp_of(&[part("a", "bc")]);
        assert_ne!(base, stamp_of(&[part("a", "bd")]));
        assert_ne!(base, stamp_of(&[part("b", "bc")]));
        assert_ne!(
            stamp_of(&[part("x", "ab"), part("y", "c")]),
            stamp_of(&[part("x", "a"), part("y", "bc")])
        );
    }

    #[test]
    fn stamp_matching_ignores_trailing_newline_only() {
        let stamp = stamp_of(&[part("f", "1")]);
        assert!(stamp_matches(&Some(format!("{stamp}\n")), &stamp));
        assert!(!stamp_matches(&None, &stamp));
        assert!(!stamp_matches(&Some(stamp_of(&[part("f", "2")])), &stamp));
    }

    #[test]
    fn stamp_of_files_reads_files_and_reports_missing_ones() {
        let dir = std::env::temp_dir().join(format!("paygen-tools-test-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let lock = dir.join("package-lock.json");
        fs::write(&lock, "{}").unwrap();
        let from_file = stamp_of_files(std::slice::from_ref(&lock)).unwrap();
        assert_eq!(from_file, stamp_of(&[part("package-lock.json", "{}")]));
        let err = stamp_of_files(&[dir.join("missing.json")]).unwrap_err();
        assert!(format!("{err:#}").contains("missing.json"));
        assert_eq!(read_optional(&dir.join("missing.json")).unwrap(), None);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn parses_node_and_python_versions() {
        assert_eq!(parse_version("v20.20.2\n"), Some((20, 20)));
        assert_eq!(parse_version("3.11"), Some((3, 11)));
        assert_eq!(parse_version("garbage"), None);
        assert!(parse_version("v20.18.0").unwrap() < MIN_NODE);
        assert!(parse_version("v22.1.0").unwrap() >= MIN_NODE);
    }

    const STYLISH: &str = "specs/a.yaml:\n  \
        175:3   error    no-path-trailing-slash  `/x/` should not have a trailing slash.\n  \
        571:11  warning  operation-4xx-response  Operation must have at least one `4XX` response.\n  \
        593:11  warning  operation-4xx-response  Operation must have at least one `4XX` response.\n\n";

    #[test]
    fn parses_stylish_problem_lines_only() {
        let problems = stylish_problems(STYLISH);
        assert_eq!(problems.len(), 3);
        assert_eq!(
            problems[0],
            Problem {
                severity: "error",
                rule: "no-path-trailing-slash"
            }
        );
        assert_eq!(
            problems[2],
            Problem {
                severity: "warning",
                rule: "operation-4xx-response"
            }
        );
        assert!(
            stylish_problems("Woohoo! Your API description is valid.\nYou have 2 warnings.")
                .is_empty()
        );
        assert!(stylish_problems("a:b warning x y\n1:2 note x y").is_empty());
    }

    #[test]
    fn summarises_problems_by_rule() {
        assert_eq!(
            rule_summary(&stylish_problems(STYLISH)),
            "by rule: no-path-trailing-slash 1 error, operation-4xx-response 2 warnings"
        );
        assert_eq!(rule_summary(&[]), "by rule: -");
    }

    #[test]
    fn drops_banner_progress_and_blank_lines() {
        let err = "    ╔══╗\n    ║  Deprecation warning  ║\n    ╚══╝\n\nvalidating specs/a.yaml...\n\
                   specs/a.yaml: validated in 128ms\n\nWoohoo! Your API description is valid. 🎉\n❌ Validation failed with 1 error.\n\
                   run `redocly lint --generate-ignore-file` to add all problems to the ignore file.\n";
        assert_eq!(drop_noise(err), "❌ Validation failed with 1 error.");
    }

    #[test]
    fn head_keeps_first_lines_and_marks_the_cut() {
        assert_eq!(head("a\nb", 5), "a\nb");
        assert_eq!(head("a\nb\nc\nd", 2), "a\nb\n[... 2 more lines ...]");
    }

    #[test]
    fn tail_keeps_last_lines_and_marks_the_cut() {
        assert_eq!(tail("a\nb", 5), "a\nb");
        assert_eq!(tail("a\nb\nc\nd", 2), "[... 2 lines cut ...]\nc\nd");
    }

    #[test]
    fn failure_report_names_spec_and_tool() {
        let text = format_failure("specs/a.yaml", &[("redocly lint", "boom".to_string())]);
        assert_eq!(text, "=== specs/a.yaml\n--- redocly lint:\nboom\n");
    }
}
