//! `cargo xtask bench`: generation speed and scale, peers, compile time, call overhead.
//!
//! Runs everything in one go and prints the tables; a full run also rewrites the generated
//! section of BENCHMARKS.md. Results land in bench-out/ (git-ignored): results.json, report.md,
//! logs/, the peers' crates, criterion's estimates. Nothing here is a test: targets are reported
//! as PASS/MISS, never asserted.

// paygen runs here with the allocator `cargo xtask gen` uses (xtask/Cargo.toml says why).
// progenitor, run in-process by this binary too, gets it as well: its own CLI uses the system
// allocator, so its numbers here are if anything better than its users see.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod baseline;
mod calls;
mod compile;
mod corpus;
mod measure;
mod ours;
mod peers;
mod report;
mod synth;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

const HELP: &str = "\
cargo xtask bench [--quick] [--no-write] [--only PARTS]

Measures, in one run (about 12 minutes on 2 cores plus builds the first time; --quick about 3):
  gen      paygen on the five vendor specs and synthetic specs of 100, 1,000 and 10,000
           operations: parse/lower/render/format, cold wall time, peak memory, 10x ratios;
           all five vendors in one process; `cargo xtask gen --check` once built
  peers    progenitor (in-process) and openapi-generator (PyPI openapi-generator-cli, rust
           generator, JVM start included) on the same specs, as ratios ours/theirs
  compile  debug compile time of each generated crate alone (dependencies pre-built), ours
           and the peers', as ratios
  calls    criterion: one call through raise-client vs hand-written reqwest against a loopback
           server; a 10,000-item list; decoding alone
  corpus   the 3 largest tests/corpus specs: types, lines, debug build time and peak memory of
           the whole crate and of its largest tag feature alone; openapi-generator's output
           beside it (bench-out/corpus.md)

  --quick      gen and calls only (short criterion runs); does not touch BENCHMARKS.md
  --no-write   do not touch BENCHMARKS.md (results still go to bench-out/)
  --only P,Q   run only these parts (implies --no-write)

For profiling (see BENCHMARKS.md):
  paygen-bench synth N FILE                          write the N-operation synthetic spec
  paygen-bench dump SPEC CRATE DIR rustfmt|plain    write a generated crate (plain: without rustfmt)
  paygen-bench child-ours SPEC CRATE REPS            generate REPS times, print step timings as JSON

Output: tables on stdout, bench-out/report.md, bench-out/results.json; a full run rewrites the
section of BENCHMARKS.md between its `bench:begin` and `bench:end` markers.";

/// The synthetic spec sizes.
pub const SYNTH_SIZES: [usize; 3] = [100, 1_000, 10_000];

/// Everything one run measured.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Results {
    pub date: String,
    pub machine: Vec<(String, String)>,
    pub quick: bool,
    pub parts: Vec<String>,
    pub ours: Vec<ours::OursGen>,
    pub all_five: Option<AllFive>,
    pub peers: Vec<peers::PeerGen>,
    pub compile: Vec<compile::CompileResult>,
    pub calls: Vec<calls::CallResult>,
    pub calls_paired: Option<calls::Paired>,
    pub calls_error: Option<String>,
    #[serde(default)]
    pub corpus: Vec<corpus::CorpusResult>,
    pub notes: Vec<String>,
    pub seconds: f64,
}

/// Regenerating all five vendor crates.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct AllFive {
    /// Release build of the generator, one fresh process, spawn to exit (median of 3).
    pub release_process_ms: f64,
    pub release_peak_kib: u64,
    /// The debug `xtask` binary that `cargo xtask` runs, `gen --check` (median of 3).
    pub xtask_binary_ms: Option<f64>,
    /// `cargo xtask gen --check` itself: cargo's up-to-date check plus the binary (median of 3).
    pub cargo_xtask_ms: Option<f64>,
    /// The xtask binary's first run (the page cache cold for its output); the medians above
    /// are the runs after it.
    #[serde(alias = "xtask_cold_cache_ms")]
    pub xtask_first_run_ms: Option<f64>,
    pub xtask_error: Option<String>,
}

fn main() -> ExitCode {
    let started = Instant::now();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("child-ours") if args.len() == 4 => {
            ours::child(Path::new(&args[1]), &args[2], args[3].parse().unwrap_or(1))
        }
        Some("child-ours-all") => ours::child_all(started, &args[1..]),
        Some("child-progenitor") if args.len() == 4 => {
            peers::child_progenitor(Path::new(&args[1]), &args[2], Path::new(&args[3]))
        }
        Some("child-measure") if args.len() >= 3 => {
            peers::child_measure(Path::new(&args[1]), Path::new(&args[2]), &args[3..])
        }
        Some("synth") if args.len() == 3 => write_synth(&args[1], Path::new(&args[2])),
        Some("dump") if args.len() == 5 => {
            ours::dump(Path::new(&args[1]), &args[2], Path::new(&args[3]), &args[4])
        }
        Some("--help" | "-h" | "help") => {
            println!("{HELP}");
            Ok(())
        }
        _ => run(&args, started),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

fn write_synth(n: &str, out: &Path) -> Result<()> {
    let n: usize = n
        .parse()
        .context("synth N OUT: N is a number of operations")?;
    std::fs::write(out, synth::spec_yaml(n))?;
    Ok(())
}

fn root() -> PathBuf {
    match std::env::var_os("PAYGEN_ROOT") {
        Some(root) => PathBuf::from(root),
        None => Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .expect("bench/ lives in the repo")
            .to_path_buf(),
    }
}

struct Spec {
    label: String,
    path: PathBuf,
    /// Vendor name for the compile part (vendor specs only).
    vendor: Option<String>,
    synth: Option<usize>,
}

fn run(args: &[String], started: Instant) -> Result<()> {
    let mut quick = false;
    let mut write = true;
    let mut only: Option<Vec<String>> = None;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--quick" => quick = true,
            "--no-write" => write = false,
            "--only" => {
                let list = iter
                    .next()
                    .context("--only needs a list: gen,peers,compile,calls,corpus")?;
                only = Some(list.split(',').map(|s| s.trim().to_string()).collect());
            }
            other => bail!("unknown option `{other}`; see `cargo xtask bench --help`"),
        }
    }
    let parts: Vec<String> = match (&only, quick) {
        (Some(list), _) => list.clone(),
        (None, true) => vec!["gen".into(), "calls".into()],
        (None, false) => ["gen", "peers", "compile", "calls", "corpus"]
            .map(String::from)
            .to_vec(),
    };
    for part in &parts {
        if !["gen", "peers", "compile", "calls", "corpus"].contains(&part.as_str()) {
            bail!("unknown part `{part}`: gen, peers, compile, calls, corpus");
        }
    }
    let write = write && !quick && only.is_none();
    let wants = |p: &str| parts.iter().any(|x| x == p);

    let root = root();
    let out = root.join("bench-out");
    let logs = out.join("logs");
    std::fs::create_dir_all(&logs)?;
    std::fs::create_dir_all(out.join("specs"))?;

    let mut results = Results {
        date: today(),
        machine: machine(),
        quick,
        parts: parts.clone(),
        ..Results::default()
    };
    let load_start = measure::load_average();
    if ours::no_rustfmt() {
        results.notes.push(
            "What-if run: PAYGEN_BENCH_NO_RUSTFMT is set, paygen's rustfmt step is off.".into(),
        );
    }

    // The specs: the five vendors, then the synthetic ones.
    let mut specs = Vec::new();
    for path in vendor_specs(&root)? {
        let vendor = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("api")
            .to_string();
        specs.push(Spec {
            label: vendor.clone(),
            path,
            vendor: Some(vendor),
            synth: None,
        });
    }
    for n in SYNTH_SIZES {
        let path = out.join("specs").join(format!("synth-{n}.yaml"));
        std::fs::write(&path, synth::spec_yaml(n))?;
        specs.push(Spec {
            label: format!("synth-{n}"),
            path,
            vendor: None,
            synth: Some(n),
        });
    }

    if wants("gen") {
        section("generation: paygen");
        for spec in &specs {
            let crate_name = format!("{}-client", spec.label);
            let budget = if spec.synth == Some(10_000) {
                1.0
            } else {
                1500.0
            };
            let result = ours::measure_spec(
                &spec.label,
                &spec.path,
                &crate_name,
                budget,
                Duration::from_secs(600),
            );
            report::print_ours_line(&result);
            results.ours.push(result);
        }
        section("regenerating all five vendor crates");
        results.all_five = Some(all_five(
            &root,
            &out,
            &logs,
            &specs,
            wants("peers") || wants("compile"),
        ));
        report::print_all_five(results.all_five.as_ref().expect("just set"));
    }

    let mut og_cli = None;
    if wants("peers") || wants("compile") || wants("corpus") {
        match peers::ensure_openapi_generator(&root) {
            Ok(cli) => {
                results.machine.push((
                    "openapi-generator".into(),
                    format!(
                        "{} (PyPI openapi-generator-cli, bundled jar)",
                        peers::openapi_generator_version(&cli)
                    ),
                ));
                og_cli = Some(cli);
            }
            Err(err) => results
                .notes
                .push(format!("openapi-generator could not be installed: {err:#}")),
        }
        results.machine.push((
            "progenitor".into(),
            format!(
                "{} (progenitor-impl, in-process)",
                peers::PROGENITOR_VERSION
            ),
        ));
    }

    if wants("peers") || wants("compile") {
        section("generation: peers");
        let crates = out.join("crates");
        for spec in &specs {
            // The 10,000-operation spec takes openapi-generator minutes; progenitor gets it.
            let runs = if spec.synth.is_some() { 1 } else { 3 };
            let crate_name = format!("{}-client", spec.label);
            let paygen_alongside =
                || ours::cold_wall_ms(&spec.path, &crate_name, runs, Duration::from_secs(600));
            let paygen = paygen_alongside();
            let mut prog = peers::measure_progenitor(
                &spec.label,
                &spec.path,
                &format!("progenitor-{}", spec.label),
                &crates.join(format!("progenitor-{}", spec.label)),
                runs,
                Duration::from_secs(300),
            );
            prog.paygen_wall_ms = paygen;
            report::print_peer_line(&prog);
            results.peers.push(prog);
            if let Some(cli) = &og_cli {
                if spec.synth == Some(10_000) {
                    continue;
                }
                let name = format!("og-{}", spec.label);
                let dir = crates.join(&name);
                let paygen = paygen_alongside();
                let mut og = peers::measure_openapi_generator(
                    cli,
                    &spec.label,
                    &spec.path,
                    &name,
                    &dir,
                    &logs,
                    runs,
                    false,
                    Duration::from_secs(300),
                );
                og.paygen_wall_ms = paygen;
                report::print_peer_line(&og);
                let failed = !og.ok;
                results.peers.push(og);
                if failed {
                    // A number for the table all the same, marked as such; not used for targets.
                    let mut og = peers::measure_openapi_generator(
                        cli,
                        &spec.label,
                        &spec.path,
                        &name,
                        &dir,
                        &logs,
                        runs,
                        true,
                        Duration::from_secs(300),
                    );
                    og.paygen_wall_ms = paygen;
                    report::print_peer_line(&og);
                    results.peers.push(og);
                }
            }
        }
    }

    if wants("compile") {
        section("compile time (debug, crate alone, dependencies pre-built)");
        let target = out.join("target-compile");
        let crates = out.join("crates");
        // The vendor crates, and the 100-operation synthetic one (which every peer handles).
        for spec in specs
            .iter()
            .filter(|s| s.vendor.is_some() || s.synth == Some(100))
        {
            let vendor = spec.label.as_str();
            let ours_dir = crates.join(format!("ours-{vendor}"));
            let prepared = match &spec.vendor {
                Some(_) => {
                    compile::copy_ours(&root, &root.join("generated").join(vendor), &ours_dir)
                }
                None => root
                    .join("runtime")
                    .canonicalize()
                    .map_err(anyhow::Error::from)
                    .and_then(|runtime| {
                        ours::dump_with_runtime(
                            &spec.path,
                            &format!("{vendor}-client"),
                            &ours_dir,
                            true,
                            Some(&runtime),
                        )?;
                        compile::make_standalone(&ours_dir)
                    }),
            };
            let result = match prepared {
                Ok(()) => compile::measure_crate("paygen", vendor, &ours_dir, &target, &logs, 3),
                Err(err) => compile::CompileResult {
                    tool: "paygen".into(),
                    label: vendor.into(),
                    failure: Some(format!("{err:#}")),
                    ..Default::default()
                },
            };
            report::print_compile_line(&result);
            results.compile.push(result);
            for peer in results.peers.clone() {
                if peer.label != spec.label || !peer.ok || peer.tool.contains("skip-validate") {
                    continue;
                }
                let Some(dir) = &peer.crate_dir else { continue };
                let result = match compile::make_standalone(dir) {
                    Ok(()) => compile::measure_crate(&peer.tool, vendor, dir, &target, &logs, 3),
                    Err(err) => compile::CompileResult {
                        tool: peer.tool.clone(),
                        label: vendor.into(),
                        failure: Some(format!("{err:#}")),
                        ..Default::default()
                    },
                };
                report::print_compile_line(&result);
                results.compile.push(result);
            }
        }
    }

    if wants("calls") {
        section("call overhead (criterion)");
        match calls::run(
            &root,
            &out.join("criterion"),
            quick,
            &logs.join("criterion.log"),
        ) {
            Ok(calls) => {
                for call in &calls {
                    report::print_call_line(call);
                }
                results.calls = calls;
                match calls::read_paired(&out.join("criterion")) {
                    Ok(paired) => {
                        report::print_paired_line(&paired);
                        results.calls_paired = Some(paired);
                    }
                    Err(err) => results.calls_error = Some(format!("{err:#}")),
                }
            }
            Err(err) => {
                eprintln!("{err:#}");
                results.calls_error = Some(format!("{err:#}"));
            }
        }
    }

    if wants("corpus") {
        section("corpus: the largest specs, whole crate and one tag feature");
        results.corpus = corpus::run(&root, &out, &logs, og_cli.as_deref());
        std::fs::write(out.join("corpus.md"), corpus::markdown(&results.corpus))?;
    }

    results.seconds = started.elapsed().as_secs_f64();
    results.machine.push((
        "load average (1, 5, 15 min)".into(),
        format!("{load_start} at the start, {} at the end (other work on the machine inflates wall times; CPU times are less affected)", measure::load_average()),
    ));
    let mut markdown = report::markdown(&results);
    if !results.corpus.is_empty() {
        markdown.push_str(
            "\n### 5. The largest corpus specs: whole crate and one tag feature (debug build of the crate alone)\n\n",
        );
        markdown.push_str(&corpus::markdown(&results.corpus));
    }
    std::fs::write(
        out.join("results.json"),
        serde_json::to_string_pretty(&results)?,
    )?;
    std::fs::write(out.join("report.md"), &markdown)?;
    section("summary");
    println!("{}", report::targets_text(&results));
    if write {
        report::splice_into(&root.join("BENCHMARKS.md"), &markdown)?;
        println!("BENCHMARKS.md updated (section between the bench markers)");
    }
    println!(
        "results: bench-out/results.json, bench-out/report.md ({:.0} s)",
        results.seconds
    );
    Ok(())
}

fn section(title: &str) {
    println!("\n== {title}");
}

fn vendor_specs(root: &Path) -> Result<Vec<PathBuf>> {
    let mut specs: Vec<PathBuf> = std::fs::read_dir(root.join("specs"))
        .context("cannot list specs/")?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    specs.sort();
    Ok(specs)
}

/// All five vendor specs regenerated: in one release process, and through `cargo xtask`.
fn all_five(root: &Path, out: &Path, logs: &Path, specs: &[Spec], with_xtask: bool) -> AllFive {
    let mut result = AllFive::default();
    let mut args = vec!["child-ours-all".to_string()];
    for spec in specs.iter().filter(|s| s.vendor.is_some()) {
        args.push(spec.path.display().to_string());
        args.push(format!("{}-client", spec.label));
    }
    let mut walls = Vec::new();
    for _ in 0..3 {
        match measure::run_self::<ours::AllReport>(&args, Duration::from_secs(300)) {
            Ok((report, wall, _)) => {
                walls.push(measure::ms(wall));
                result.release_peak_kib = result.release_peak_kib.max(report.vmhwm_kib);
            }
            Err(err) => {
                result.xtask_error = Some(format!("{err:#}"));
                return result;
            }
        }
    }
    result.release_process_ms = measure::median(&mut walls);
    if with_xtask {
        if let Err(err) = xtask_timings(root, out, logs, &mut result) {
            result.xtask_error = Some(format!("{err:#}"));
        }
    }
    result
}

/// Times `cargo xtask gen --check` on a copy of specs/ and generated/ (so that fixtures other
/// people add under tests/ are not counted), with xtask built in its own target dir.
fn xtask_timings(root: &Path, out: &Path, logs: &Path, result: &mut AllFive) -> Result<()> {
    let cargo = PathBuf::from(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    let target = out.join("target-xtask");
    let tree = out.join("xtask-root");
    let _ = std::fs::remove_dir_all(&tree);
    std::fs::create_dir_all(tree.join("specs"))?;
    for spec in vendor_specs(root)? {
        std::fs::copy(
            &spec,
            tree.join("specs").join(spec.file_name().expect("a file")),
        )?;
    }
    copy_tree(&root.join("generated"), &tree.join("generated"))?;
    let env = [
        ("CARGO_TARGET_DIR", target.as_path()),
        ("PAYGEN_ROOT", tree.as_path()),
    ];
    let log = logs.join("xtask.log");
    let (ok, _) = measure::run_logged(
        &cargo,
        &["build", "--quiet", "--manifest-path", "xtask/Cargo.toml"],
        root,
        &log,
        &env,
    )?;
    if !ok {
        bail!(
            "building xtask failed: {}",
            measure::tail(&std::fs::read_to_string(&log).unwrap_or_default(), 4)
        );
    }
    let binary = target.join("debug/xtask");
    let built = std::fs::metadata(&binary).and_then(|m| m.modified()).ok();
    // The generator keeps no cache of its own: the first run is timed apart only because the
    // page cache is cold for it.
    let _ = std::fs::remove_dir_all(tree.join("target"));
    let (_, wall) = measure::run_logged(&binary, &["gen", "--check"], root, &log, &env)?;
    result.xtask_first_run_ms = Some(measure::ms(wall));
    let mut binary_runs = Vec::new();
    let mut cargo_runs = Vec::new();
    for _ in 0..3 {
        // Exit code 1 only means the committed crates differ from what the generator now makes
        // (other work in progress); the work done is the same.
        let (_, wall) = measure::run_logged(&binary, &["gen", "--check"], root, &log, &env)?;
        binary_runs.push(measure::ms(wall));
        let (_, wall) =
            measure::run_logged(&cargo, &["xtask", "gen", "--check"], root, &log, &env)?;
        cargo_runs.push(measure::ms(wall));
    }
    if std::fs::metadata(&binary).and_then(|m| m.modified()).ok() != built {
        bail!(
            "`cargo xtask` rebuilt xtask during timing (someone is editing it); see {}",
            log.display()
        );
    }
    result.xtask_binary_ms = Some(measure::median(&mut binary_runs));
    result.cargo_xtask_ms = Some(measure::median(&mut cargo_runs));
    Ok(())
}

fn copy_tree(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_tree(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

fn command_line(program: &str, args: &[&str]) -> String {
    Command::new(program)
        .args(args)
        .output()
        .ok()
        .map(|o| {
            let text = if o.stdout.is_empty() {
                o.stderr
            } else {
                o.stdout
            };
            String::from_utf8_lossy(&text)
                .lines()
                .next()
                .unwrap_or("")
                .trim()
                .to_string()
        })
        .unwrap_or_else(|| "not found".into())
}

fn today() -> String {
    command_line("date", &["-u", "+%Y-%m-%d %H:%M UTC"])
}

fn machine() -> Vec<(String, String)> {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = cpuinfo
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name")
                .map(|r| r.trim_start_matches([' ', '\t', ':']).to_string())
        })
        .unwrap_or_else(|| "unknown".into());
    let meminfo = std::fs::read_to_string("/proc/meminfo").unwrap_or_default();
    let memory = meminfo
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map(|kib| format!("{:.1} GiB", kib / 1024.0 / 1024.0))
        .unwrap_or_else(|| "unknown".into());
    let nproc = std::thread::available_parallelism()
        .map(|n| n.get().to_string())
        .unwrap_or_else(|_| "?".into());
    vec![
        ("cores (nproc)".into(), nproc),
        ("CPU".into(), cpu),
        ("memory".into(), memory),
        ("OS".into(), command_line("uname", &["-sr"])),
        ("rustc".into(), command_line("rustc", &["-V"])),
        ("rustfmt".into(), command_line("rustfmt", &["-V"])),
        ("java".into(), command_line("java", &["-version"])),
    ]
}
