//! Project tasks: `cargo xtask <command>`. Run `cargo xtask help` for the list.

mod diff;
mod generate;
mod release;
mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use paygen_codegen::{Options, RuntimeDependency};

// See the dependency's comment in Cargo.toml.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const HELP: &str = "\
cargo xtask <command>

Commands:
  gen            Regenerate generated/<vendor>/ from every specs/<vendor>.yaml
  gen --check    Change nothing; fail and name each file that would change, and each crate
                 whose version moved less than its API changes need (release/versions.toml)
  gen --spec FILE --out DIR --crate-name NAME [--runtime-version V]
                 Generate a standalone crate from any OpenAPI 3.0 or 3.1 file (YAML or JSON)
  diff [REV]     What the spec changes since REV (default HEAD) do to each crate's Rust API:
                 breaking/additive/internal, the version bump needed, a Markdown summary
  test           Install pinned tools, then run every check CI runs
  bench [--quick] Benchmarks vs progenitor and openapi-generator; updates BENCHMARKS.md
  help           This text

Run from the repository root. `cargo xtask <command> --help` for details.";

const GEN_HELP: &str = "\
cargo xtask gen [--check] [--timings] [--spec FILE --out DIR --crate-name NAME [--runtime-version V]]

Without --spec: regenerates every spec in specs/ into generated/<vendor>/ (crate <vendor>-client).
Only files whose bytes changed are written; stale files are removed. If any spec has problems,
every problem is printed with its file and JSON pointer and nothing is written.

  --check            write nothing; exit 1 naming each file that would change, and each crate
                     whose version is too small for its API changes (release/versions.toml)
  --timings          print each spec's parse, lower, render and format times (stderr)
  --spec FILE        generate from FILE instead (OpenAPI 3.0 or 3.1, YAML or JSON)
  --out DIR          where the standalone crate goes (with --spec)
  --crate-name NAME  Cargo package name (with --spec)
  --runtime-version V  depend on paygen-runtime V from a registry instead of this checkout";

const TEST_HELP: &str = "\
cargo xtask test [--skip-tools]

Installs the pinned npm and PyPI tools into tools/ (ignored by git), then runs:
  cargo fmt --check; cargo xtask gen --check; spec validation and lint;
  cargo clippy --workspace --all-targets -D warnings; clippy on the generated crates alone
  (default features); the same fmt and clippy checks on xtask/
  and bench/ (workspaces of their own); xtask's tests; cargo test --workspace;
  cargo doc --workspace --no-deps with -D warnings.
All steps run; the summary lists the ones that failed.

  --skip-tools  skip the npm/PyPI install and the spec lint (for quick local runs)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode> {
    let root = workspace_root();
    let wants_help = args.iter().any(|a| a == "--help" || a == "-h");
    match args.first().map(String::as_str) {
        Some("gen") if wants_help => println!("{GEN_HELP}"),
        Some("gen") => return gen(&root, &args[1..]),
        Some("diff") if wants_help => println!("{}", diff::HELP),
        Some("diff") => return Ok(diff::run(&root, &args[1..])),
        Some("test") if wants_help => println!("{TEST_HELP}"),
        Some("test") => return test(&root, &args[1..]),
        Some("bench") => {
            // The benchmarks live in bench/, outside the workspace (heavy peer dependencies).
            let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
            let mut bench = vec!["run", "--release", "--manifest-path", "bench/Cargo.toml"];
            bench.push("--");
            bench.extend(args[1..].iter().map(String::as_str));
            let ok = cargo_ok(&root, &cargo, &bench, &[])?;
            return Ok(ExitCode::from(u8::from(!ok)));
        }
        Some("help") | None => println!("{HELP}"),
        Some(_) if wants_help => println!("{HELP}"),
        Some(other) => bail!("unknown command `{other}`; run `cargo xtask help`"),
    }
    Ok(ExitCode::SUCCESS)
}

/// The repository root; `PAYGEN_ROOT` points the tasks at another tree (used by the tests).
fn workspace_root() -> PathBuf {
    match std::env::var_os("PAYGEN_ROOT") {
        Some(root) => PathBuf::from(root),
        None => Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("xtask lives in the workspace")
            .to_path_buf(),
    }
}

struct GenArgs {
    check: bool,
    timings: bool,
    spec: Option<PathBuf>,
    out: Option<PathBuf>,
    crate_name: Option<String>,
    runtime_version: Option<String>,
}

fn parse_gen_args(args: &[String]) -> Result<GenArgs> {
    let mut parsed = GenArgs {
        check: false,
        timings: false,
        spec: None,
        out: None,
        crate_name: None,
        runtime_version: None,
    };
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let mut value = |name: &str| {
            iter.next()
                .cloned()
                .with_context(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--check" => parsed.check = true,
            "--timings" => parsed.timings = true,
            "--spec" => parsed.spec = Some(PathBuf::from(value("--spec")?)),
            "--out" => parsed.out = Some(PathBuf::from(value("--out")?)),
            "--crate-name" => parsed.crate_name = Some(value("--crate-name")?),
            "--runtime-version" => parsed.runtime_version = Some(value("--runtime-version")?),
            other => bail!("unknown option `{other}` for gen; see `cargo xtask gen --help`"),
        }
    }
    Ok(parsed)
}

fn gen(root: &Path, args: &[String]) -> Result<ExitCode> {
    let args = parse_gen_args(args)?;
    let jobs = match &args.spec {
        Some(spec) => vec![standalone_job(root, spec, &args)?],
        None => {
            if args.out.is_some() || args.crate_name.is_some() {
                bail!("--out and --crate-name go with --spec");
            }
            generate::workspace_jobs(root)?
        }
    };
    if jobs.is_empty() {
        bail!("no specs found in {}", root.join("specs").display());
    }
    let mut results = generate::generate_all(&jobs)?;
    release::finish(root, &jobs, &mut results)?;
    let mut plans = Vec::new();
    for (job, (generated, _)) in jobs.iter().zip(&results) {
        plans.push(generate::plan(&job.out, generated)?);
    }
    if args.timings {
        for (job, (generated, _)) in jobs.iter().zip(&results) {
            let t = &generated.timings;
            let ms = |d: std::time::Duration| d.as_secs_f64() * 1000.0;
            eprintln!(
                "{:<20} parse {:>7.1} lower {:>7.1} render {:>7.1} format {:>7.1} ms",
                job.label,
                ms(t.parse),
                ms(t.lower),
                ms(t.render),
                ms(t.format)
            );
        }
    }
    let mut stale_crates = Vec::new();
    if args.spec.is_none() {
        stale_crates = stale_generated_crates(root, &jobs)?;
    }
    if args.check {
        let mut drift = 0;
        for plan in &plans {
            for path in plan.write.keys() {
                println!("would write {}", display(root, path));
                drift += 1;
            }
            for path in &plan.remove {
                println!("would remove {}", display(root, path));
                drift += 1;
            }
        }
        for dir in &stale_crates {
            println!("would remove {}", display(root, dir));
            drift += 1;
        }
        // Also a crate whose version moved less than its API changed (release/versions.toml).
        let versions_ok = args.spec.is_some() || release::report_versions(root)?;
        if drift > 0 {
            eprintln!("generated/ is out of date with specs/ ({drift} files): run `cargo xtask gen` and commit the result");
            return Ok(ExitCode::FAILURE);
        }
        if !versions_ok {
            return Ok(ExitCode::FAILURE);
        }
        println!("generated/ is up to date ({} crates)", jobs.len());
        return Ok(ExitCode::SUCCESS);
    }
    for ((job, (generated, millis)), plan) in jobs.iter().zip(&results).zip(&plans) {
        generate::apply(plan)?;
        println!(
            "{:<20} {:>4} operations {:>4} types {:>3} files written {:>3} removed {:>5} ms  -> {}",
            job.label,
            generated.operations,
            generated.types,
            plan.write.len(),
            plan.remove.len(),
            millis,
            display(root, &job.out)
        );
    }
    for dir in stale_crates {
        std::fs::remove_dir_all(&dir)
            .with_context(|| format!("cannot remove {}", dir.display()))?;
        println!("removed {} (its spec is gone)", display(root, &dir));
    }
    Ok(ExitCode::SUCCESS)
}

fn standalone_job(root: &Path, spec: &Path, args: &GenArgs) -> Result<generate::Job> {
    let out = args.out.clone().context("--spec needs --out DIR")?;
    let crate_name = args
        .crate_name
        .clone()
        .context("--spec needs --crate-name NAME")?;
    let runtime = match &args.runtime_version {
        Some(version) => RuntimeDependency::Version(version.clone()),
        None => {
            let runtime = root
                .join("runtime")
                .canonicalize()
                .context("cannot find runtime/")?;
            RuntimeDependency::Path(runtime.to_string_lossy().into_owned())
        }
    };
    Ok(generate::Job {
        spec: spec.to_path_buf(),
        label: crate_name.clone(),
        vendor: None,
        out,
        options: Options {
            crate_name,
            runtime,
            rustfmt: true,
        },
    })
}

/// Crates in generated/ whose spec no longer exists.
fn stale_generated_crates(root: &Path, jobs: &[generate::Job]) -> Result<Vec<PathBuf>> {
    let mut stale = Vec::new();
    for dir in generate::OUTPUT_DIRS {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir()
                && !jobs.iter().any(|j| j.out == path)
                && path.join("Cargo.toml").exists()
            {
                stale.push(path);
            }
        }
    }
    stale.sort();
    Ok(stale)
}

fn display(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

fn test(root: &Path, args: &[String]) -> Result<ExitCode> {
    let skip_tools = args.iter().any(|a| a == "--skip-tools");
    if let Some(other) = args.iter().find(|a| *a != "--skip-tools") {
        bail!("unknown option `{other}` for test; see `cargo xtask test --help`");
    }
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut failed: Vec<String> = Vec::new();
    let mut step = |name: &str, run: &mut dyn FnMut() -> Result<bool>| {
        let started = Instant::now();
        println!("\n==> {name}");
        let ok = match run() {
            Ok(ok) => ok,
            Err(err) => {
                eprintln!("{err:#}");
                false
            }
        };
        println!(
            "<== {name}: {} in {:.1} s",
            if ok { "ok" } else { "FAILED" },
            started.elapsed().as_secs_f64()
        );
        if !ok {
            failed.push(name.to_string());
        }
    };
    if !skip_tools {
        step("install pinned tools", &mut || {
            tools::ensure_node_tools(root)?;
            tools::ensure_python_tools(root)?;
            Ok(true)
        });
    }
    step("cargo fmt --check", &mut || {
        cargo_ok(root, &cargo, &["fmt", "--all", "--check"], &[])
    });
    step("cargo xtask gen --check", &mut || {
        Ok(gen(root, &["--check".to_string()])? == ExitCode::SUCCESS)
    });
    if !skip_tools {
        step("spec validation and lint", &mut || {
            let specs: Vec<PathBuf> = generate::workspace_jobs(root)?
                .into_iter()
                .map(|j| j.spec)
                .filter(|s| s.starts_with(root.join("specs")))
                .collect();
            tools::lint_specs(root, &specs)?;
            Ok(true)
        });
    }
    const CLIPPY: [&str; 6] = [
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ];
    step("cargo clippy -D warnings", &mut || {
        cargo_ok(root, &cargo, &CLIPPY, &[])
    });
    // The workspace build unifies features: the tests and examples turn on the generated crates'
    // `serialize`/`deserialize`, so each crate is also checked as a user gets it, by default.
    step(
        "generated crates alone, default features: clippy -D warnings",
        &mut || {
            let packages: Vec<String> = generate::workspace_jobs(root)?
                .into_iter()
                .map(|job| job.options.crate_name)
                .collect();
            let mut args = vec!["clippy"];
            for package in &packages {
                args.extend(["-p", package.as_str()]);
            }
            args.extend(["--", "-D", "warnings"]);
            cargo_ok(root, &cargo, &args, &[])
        },
    );
    // xtask/ and bench/ are workspaces of their own (a small resolve for `cargo xtask`; the
    // peers' heavy dependencies for the benchmarks), checked here so neither rots.
    for manifest in ["xtask/Cargo.toml", "bench/Cargo.toml"] {
        let name = format!("{manifest}: fmt --check, clippy -D warnings");
        step(&name, &mut || {
            Ok(cargo_ok(
                root,
                &cargo,
                &["fmt", "--manifest-path", manifest, "--all", "--check"],
                &[],
            )? && cargo_ok(
                root,
                &cargo,
                &[&CLIPPY[..1], &["--manifest-path", manifest], &CLIPPY[1..]].concat(),
                &[],
            )?)
        });
    }
    step("cargo test (xtask)", &mut || {
        cargo_ok(
            root,
            &cargo,
            &["test", "--manifest-path", "xtask/Cargo.toml"],
            &[],
        )
    });
    step("cargo test", &mut || {
        cargo_ok(
            root,
            &cargo,
            &["test", "--workspace", "--no-fail-fast"],
            &[(
                "PAYGEN_TOOLS",
                if skip_tools { "skip" } else { "installed" },
            )],
        )
    });
    step("cargo doc -D warnings", &mut || {
        cargo_ok(
            root,
            &cargo,
            &["doc", "--workspace", "--no-deps"],
            &[("RUSTDOCFLAGS", "-D warnings")],
        )
    });
    if failed.is_empty() {
        println!("\nall checks passed");
        Ok(ExitCode::SUCCESS)
    } else {
        eprintln!("\nfailed: {}", failed.join(", "));
        Ok(ExitCode::FAILURE)
    }
}

fn cargo_ok(root: &Path, cargo: &str, args: &[&str], env: &[(&str, &str)]) -> Result<bool> {
    let mut command = Command::new(cargo);
    command.args(args).current_dir(root);
    for (key, value) in env {
        command.env(key, value);
    }
    let status = command
        .status()
        .with_context(|| format!("cannot run cargo {}", args.join(" ")))?;
    Ok(status.success())
}
