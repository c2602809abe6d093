//! The peers: progenitor (in-process, as `cargo progenitor` runs it) and openapi-generator
//! (the PyPI `openapi-generator-cli` wrapper around the official jar, `rust` generator).

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

use crate::measure::{self, median, ms};

/// Pinned in tools/requirements-bench.txt.
pub const OPENAPI_GENERATOR_REQUIREMENTS: &str = "tools/requirements-bench.txt";
/// The venv the pinned openapi-generator-cli goes into (git-ignored).
pub const OPENAPI_GENERATOR_VENV: &str = "tools/.venv-bench";
/// The progenitor version in bench/Cargo.toml (`cargo progenitor` of the same version writes
/// `progenitor-client = "<this>"` into the crates it generates).
pub const PROGENITOR_VERSION: &str = "0.15.1";

/// One generation by a peer.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct PeerGen {
    pub tool: String,
    pub label: String,
    pub ok: bool,
    /// Why it failed (first lines of the error), when it did.
    pub failure: Option<String>,
    /// Spawn to exit of a fresh process doing one generation (JVM start included for
    /// openapi-generator). Median over `runs`.
    pub cold_wall_ms: f64,
    /// paygen on the same spec, measured the same way right before this peer (median of as
    /// many fresh-process runs), so that the ratio compares runs minutes apart at most: the
    /// speed of a shared machine drifts over a benchmark run.
    #[serde(default)]
    pub paygen_wall_ms: Option<f64>,
    /// CPU time (user + system) of that process and its children, median.
    pub cold_cpu_ms: f64,
    pub runs: usize,
    /// progenitor only: steps of the in-process run (parse, generate tokens, rustfmt).
    pub parse_ms: f64,
    pub generate_ms: f64,
    pub format_ms: f64,
    /// Peak RSS of the generating process (the JVM for openapi-generator).
    pub peak_kib: u64,
    /// Where the generated crate is (for the compile-time part).
    pub crate_dir: Option<PathBuf>,
    pub out_lines: usize,
    pub note: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// progenitor
// ---------------------------------------------------------------------------------------------

/// What `child-progenitor` prints.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct ProgenitorReport {
    pub ok: bool,
    pub stage: String,
    pub error: String,
    pub parse_ms: f64,
    pub generate_ms: f64,
    pub format_ms: f64,
    pub total_ms: f64,
    pub vmhwm_kib: u64,
    pub children_maxrss_kib: u64,
    pub lines: usize,
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        format!("panicked: {s}")
    } else if let Some(s) = payload.downcast_ref::<String>() {
        format!("panicked: {s}")
    } else {
        "panicked".into()
    }
}

/// `child-progenitor SPEC NAME OUT`: one generation the way `cargo progenitor -i SPEC -o OUT
/// -n NAME -v 0.1.0` does it (release build: no inlined client), crate written to OUT.
pub fn child_progenitor(spec: &Path, name: &str, out: &Path) -> Result<()> {
    // Panics are results here; keep the default hook's message off the terminal.
    std::panic::set_hook(Box::new(|_| {}));
    let mut report = ProgenitorReport::default();
    let started = Instant::now();
    let result = catch_unwind(AssertUnwindSafe(|| -> Result<(), (String, String)> {
        let text =
            std::fs::read_to_string(spec).map_err(|e| ("parse".to_string(), e.to_string()))?;
        // Like cargo-progenitor's load_api: JSON first, then YAML.
        let api: openapiv3::OpenAPI = match serde_json::from_str(&text) {
            Ok(api) => api,
            Err(_) => {
                serde_yaml::from_str(&text).map_err(|e| ("parse".to_string(), e.to_string()))?
            }
        };
        report.parse_ms = ms(started.elapsed());
        let step = Instant::now();
        let mut settings = progenitor::GenerationSettings::default();
        settings
            .with_interface(progenitor::InterfaceStyle::Positional)
            .with_tag(progenitor::TagStyle::Merged);
        let mut generator = progenitor::Generator::new(&settings);
        let tokens = catch_unwind(AssertUnwindSafe(|| generator.generate_tokens(&api)))
            .map_err(|p| ("generate".to_string(), panic_text(&*p)))?
            .map_err(|e| ("generate".to_string(), e.to_string()))?;
        let code = tokens.to_string();
        report.generate_ms = ms(step.elapsed());
        let step = Instant::now();
        let config = rustfmt_wrapper::config::Config {
            normalize_doc_attributes: Some(true),
            wrap_comments: Some(true),
            ..Default::default()
        };
        let formatted = catch_unwind(AssertUnwindSafe(|| {
            rustfmt_wrapper::rustfmt_config(config, code)
        }))
        .map_err(|p| ("format".to_string(), panic_text(&*p)))?
        .map_err(|e| ("format".to_string(), format!("{e:?}")))?;
        let formatted = progenitor::space_out_items(formatted)
            .map_err(|e| ("format".to_string(), e.to_string()))?;
        report.format_ms = ms(step.elapsed());
        report.total_ms = ms(started.elapsed());
        report.lines = formatted.lines().count();
        write_progenitor_crate(out, name, &formatted, &dependencies(&generator))
            .map_err(|e| ("write".to_string(), format!("{e:#}")))?;
        Ok(())
    }));
    match result {
        Ok(Ok(())) => report.ok = true,
        Ok(Err((stage, error))) => {
            report.stage = stage;
            report.error = error;
        }
        Err(payload) => {
            report.stage = "unknown".into();
            report.error = panic_text(&*payload);
        }
    }
    report.vmhwm_kib = measure::vmhwm_kib();
    report.children_maxrss_kib = measure::children_maxrss_kib();
    println!("{}", serde_json::to_string(&report)?);
    Ok(())
}

/// cargo-progenitor 0.15.1's `dependencies()` for a release build (include_client = false).
fn dependencies(generator: &progenitor::Generator) -> Vec<String> {
    let mut deps = vec![
        "bytes = \"1.9\"".to_string(),
        "futures-core = \"0.3\"".to_string(),
        "reqwest = { version = \"0.13\", default-features=false, features = [\"json\", \"query\", \"stream\"] }".to_string(),
        "serde = { version = \"1.0\", features = [\"derive\"] }".to_string(),
        "serde_urlencoded = \"0.7\"".to_string(),
        format!("progenitor-client = \"{PROGENITOR_VERSION}\""),
    ];
    let types = generator.get_type_space();
    if types.uses_regress() {
        deps.push("regress = \"0.10\"".into());
    }
    if types.uses_uuid() {
        deps.push("uuid = { version = \"1.0\", features = [\"serde\", \"v4\"] }".into());
    }
    if types.uses_chrono() {
        deps.push(
            "chrono = { version = \"0.4\", default-features=false, features = [\"serde\"] }".into(),
        );
    }
    if generator.uses_futures() {
        deps.push("futures = \"0.3\"".into());
    }
    if generator.uses_websockets() {
        deps.push("base64 = \"0.22\"".into());
        deps.push("rand = \"0.8\"".into());
    }
    if types.uses_serde_json() {
        deps.push("serde_json = \"1.0\"".into());
    }
    deps.sort_unstable();
    deps
}

fn write_progenitor_crate(out: &Path, name: &str, lib: &str, deps: &[String]) -> Result<()> {
    let _ = std::fs::remove_dir_all(out);
    std::fs::create_dir_all(out.join("src"))?;
    let manifest = format!(
        "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2024\"\nlicense = \"SPECIFY A LICENSE BEFORE PUBLISHING\"\n\n[dependencies]\n{}\n\n",
        deps.join("\n")
    );
    std::fs::write(out.join("Cargo.toml"), manifest)?;
    std::fs::write(out.join("src/lib.rs"), lib)?;
    Ok(())
}

/// Runs progenitor on `spec` in `runs` fresh processes; the crate lands in `out`.
pub fn measure_progenitor(
    label: &str,
    spec: &Path,
    name: &str,
    out: &Path,
    runs: usize,
    limit: Duration,
) -> PeerGen {
    let mut result = PeerGen {
        tool: "progenitor".into(),
        label: label.into(),
        ..PeerGen::default()
    };
    let args = vec![
        "child-progenitor".to_string(),
        spec.display().to_string(),
        name.to_string(),
        out.display().to_string(),
    ];
    let mut walls = Vec::new();
    let mut cpus = Vec::new();
    let mut reports = Vec::new();
    for _ in 0..runs.max(1) {
        match measure::run_self::<ProgenitorReport>(&args, limit) {
            Ok((report, wall, cpu)) => {
                cpus.push(cpu);
                if !report.ok {
                    result.failure = Some(format!(
                        "{}: {}",
                        report.stage,
                        first_lines(&report.error, 3)
                    ));
                    return result;
                }
                walls.push(ms(wall));
                reports.push(report);
            }
            Err(err) => {
                result.failure = Some(format!("{err:#}"));
                return result;
            }
        }
    }
    result.ok = true;
    result.runs = walls.len();
    result.cold_wall_ms = median(&mut walls);
    result.cold_cpu_ms = median(&mut cpus);
    result.parse_ms = median(&mut reports.iter().map(|r| r.parse_ms).collect::<Vec<_>>());
    result.generate_ms = median(&mut reports.iter().map(|r| r.generate_ms).collect::<Vec<_>>());
    result.format_ms = median(&mut reports.iter().map(|r| r.format_ms).collect::<Vec<_>>());
    result.peak_kib = reports.iter().map(|r| r.vmhwm_kib).max().unwrap_or(0);
    result.out_lines = reports[0].lines;
    result.crate_dir = Some(out.to_path_buf());
    result
}

// ---------------------------------------------------------------------------------------------
// openapi-generator
// ---------------------------------------------------------------------------------------------

/// The pinned openapi-generator-cli, installed on first use into tools/.venv-bench.
pub fn ensure_openapi_generator(root: &Path) -> Result<PathBuf> {
    let venv = root.join(OPENAPI_GENERATOR_VENV);
    let cli = venv.join("bin/openapi-generator-cli");
    let requirements = root.join(OPENAPI_GENERATOR_REQUIREMENTS);
    let wanted = std::fs::read_to_string(&requirements)
        .with_context(|| format!("cannot read {}", requirements.display()))?;
    let stamp = venv.join(".paygen-bench-stamp");
    if cli.exists() && std::fs::read_to_string(&stamp).ok().as_deref() == Some(wanted.as_str()) {
        return Ok(cli);
    }
    println!(
        "installing openapi-generator-cli from {} into {} ...",
        OPENAPI_GENERATOR_REQUIREMENTS, OPENAPI_GENERATOR_VENV
    );
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
    let status = Command::new(&python)
        .args(["-m", "venv"])
        .arg(&venv)
        .status()
        .context("cannot run python3 -m venv")?;
    if !status.success() {
        bail!("python3 -m venv {} failed", venv.display());
    }
    let status = Command::new(venv.join("bin/pip"))
        .args(["install", "--quiet", "--disable-pip-version-check", "-r"])
        .arg(&requirements)
        .status()
        .context("cannot run pip")?;
    if !status.success() {
        bail!("pip install -r {} failed", requirements.display());
    }
    std::fs::write(&stamp, wanted)?;
    Ok(cli)
}

/// What `child-measure` prints.
#[derive(Debug, Serialize, Deserialize)]
pub struct MeasureReport {
    pub success: bool,
    pub wall_ms: f64,
    pub maxrss_kib: u64,
}

/// `child-measure LOG PROGRAM ARGS...`: runs the program (output to LOG) and reports its wall
/// time and the peak RSS of its largest descendant.
pub fn child_measure(log: &Path, program: &Path, args: &[String]) -> Result<()> {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (success, wall) = measure::run_logged(program, &args, Path::new("."), log, &[])?;
    let report = MeasureReport {
        success,
        wall_ms: ms(wall),
        maxrss_kib: measure::children_maxrss_kib(),
    };
    println!("{}", serde_json::to_string(&report)?);
    Ok(())
}

/// Runs openapi-generator's `rust` generator (reqwest library) on `spec`, `runs` times.
/// `skip_validate` adds `--skip-validate-spec` (used only to get a number where the default
/// run rejects the spec; reported as such).
#[allow(clippy::too_many_arguments)] // one call site; the names say more than a struct would
pub fn measure_openapi_generator(
    cli: &Path,
    label: &str,
    spec: &Path,
    name: &str,
    out: &Path,
    logs: &Path,
    runs: usize,
    skip_validate: bool,
    limit: Duration,
) -> PeerGen {
    let tool = if skip_validate {
        "openapi-generator (--skip-validate-spec)"
    } else {
        "openapi-generator"
    };
    let mut result = PeerGen {
        tool: tool.into(),
        label: label.into(),
        ..PeerGen::default()
    };
    let log = logs.join(format!(
        "openapi-generator-{name}{}.log",
        if skip_validate { "-skip-validate" } else { "" }
    ));
    let mut walls = Vec::new();
    let mut cpus = Vec::new();
    for _ in 0..runs.max(1) {
        let _ = std::fs::remove_dir_all(out);
        let mut args = vec![
            "child-measure".to_string(),
            log.display().to_string(),
            cli.display().to_string(),
            "generate".into(),
            "-i".into(),
            spec.display().to_string(),
            "-g".into(),
            "rust".into(),
            "--library".into(),
            "reqwest".into(),
            "--package-name".into(),
            name.into(),
            "-o".into(),
            out.display().to_string(),
        ];
        if skip_validate {
            args.push("--skip-validate-spec".into());
        }
        match measure::run_self::<MeasureReport>(&args, limit) {
            Ok((report, _, cpu)) if report.success => {
                walls.push(report.wall_ms);
                cpus.push(cpu);
                result.peak_kib = result.peak_kib.max(report.maxrss_kib);
            }
            Ok(_) => {
                result.failure = Some(openapi_generator_error(&log));
                return result;
            }
            Err(err) => {
                result.failure = Some(format!("{err:#}"));
                return result;
            }
        }
    }
    result.ok = true;
    result.runs = walls.len();
    result.cold_wall_ms = median(&mut walls);
    result.cold_cpu_ms = median(&mut cpus);
    result.crate_dir = Some(out.to_path_buf());
    result.out_lines = count_rs_lines(&out.join("src"));
    result
}

/// The interesting lines of a failed openapi-generator run.
fn openapi_generator_error(log: &Path) -> String {
    let text = std::fs::read_to_string(log).unwrap_or_default();
    let mut lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| {
            l.starts_with("- ")
                || l.contains("Exception")
                || l.contains("Error count")
                || l.starts_with("| Error")
        })
        .collect();
    lines.dedup();
    if lines.is_empty() {
        return measure::tail(&text, 4);
    }
    let more = lines.len().saturating_sub(4);
    let mut out = lines.into_iter().take(4).collect::<Vec<_>>().join(" ");
    if more > 0 {
        out.push_str(&format!(" (+{more} more lines in the log)"));
    }
    out
}

fn first_lines(text: &str, n: usize) -> String {
    let mut out = text.lines().take(n).collect::<Vec<_>>().join(" ");
    if out.len() > 400 {
        out.truncate(400);
        out.push('…');
    }
    out
}

/// Lines in all `.rs` files under `dir`.
pub fn count_rs_lines(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .flatten()
        .map(|e| {
            let path = e.path();
            if path.is_dir() {
                count_rs_lines(&path)
            } else if path.extension().is_some_and(|x| x == "rs") {
                std::fs::read_to_string(&path)
                    .map(|t| t.lines().count())
                    .unwrap_or(0)
            } else {
                0
            }
        })
        .sum()
}

/// The version line of the installed openapi-generator.
pub fn openapi_generator_version(cli: &Path) -> String {
    Command::new(cli)
        .arg("version")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "unknown".into())
}
