//! paygen's own generation: the child processes and the parent's view of them.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{anyhow, Result};
use paygen_codegen::{Options, RuntimeDependency};
use serde::{Deserialize, Serialize};

use crate::measure::{self, median, ms};

/// Milliseconds per step of one generation.
#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize)]
pub struct PhaseMs {
    pub parse: f64,
    pub lower: f64,
    pub render: f64,
    pub format: f64,
    /// Wall time of the whole call (≥ the sum of the steps).
    pub total: f64,
}

impl PhaseMs {
    /// The median of each step over `runs`.
    pub fn median_of(runs: &[PhaseMs]) -> PhaseMs {
        let pick = |f: fn(&PhaseMs) -> f64| median(&mut runs.iter().map(f).collect::<Vec<_>>());
        PhaseMs {
            parse: pick(|r| r.parse),
            lower: pick(|r| r.lower),
            render: pick(|r| r.render),
            format: pick(|r| r.format),
            total: pick(|r| r.total),
        }
    }
}

/// What a `child-ours` process prints.
#[derive(Debug, Serialize, Deserialize)]
pub struct ChildReport {
    pub runs: Vec<PhaseMs>,
    pub operations: usize,
    pub types: usize,
    pub files: usize,
    pub bytes: usize,
    pub lines: usize,
    /// Peak RSS of the generator process (VmHWM).
    pub vmhwm_kib: u64,
    /// Peak RSS of its largest child (rustfmt).
    pub children_maxrss_kib: u64,
}

/// One spec through paygen, as the report shows it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct OursGen {
    pub label: String,
    pub spec: PathBuf,
    pub operations: usize,
    pub types: usize,
    pub files: usize,
    pub out_bytes: usize,
    pub out_lines: usize,
    /// Steps of the single run in a fresh process.
    pub cold: PhaseMs,
    /// Spawn to exit of that process (what a CLI user waits for, minus the file writes).
    pub cold_wall_ms: f64,
    /// CPU time (user + system) of that process and its rustfmt.
    pub cold_cpu_ms: f64,
    /// Median steps over `warm_reps` runs in one process after a first, discarded run
    /// (`warm_reps` = 0: too slow to repeat, the cold run's steps).
    pub warm: PhaseMs,
    pub warm_reps: usize,
    /// VmHWM of the fresh process after its one run.
    pub peak_kib: u64,
    /// Peak RSS of rustfmt in that run.
    pub rustfmt_peak_kib: u64,
    pub error: Option<String>,
}

/// The options `cargo xtask gen` uses for a vendor crate. `PAYGEN_BENCH_NO_RUSTFMT=1` turns the
/// rustfmt step off, for what-if runs (see BENCHMARKS.md); the report says so.
pub fn options(crate_name: &str) -> Options {
    Options {
        crate_name: crate_name.to_string(),
        runtime: RuntimeDependency::Path("../../runtime".into()),
        rustfmt: !no_rustfmt(),
    }
}

/// True in a what-if run without the rustfmt step.
pub fn no_rustfmt() -> bool {
    std::env::var_os("PAYGEN_BENCH_NO_RUSTFMT").is_some_and(|v| v != "0")
}

/// `child-ours SPEC CRATE REPS`: generates REPS times in this process, prints a [`ChildReport`].
pub fn child(spec: &Path, crate_name: &str, reps: usize) -> Result<()> {
    let options = options(crate_name);
    let mut runs = Vec::new();
    let mut shape = (0, 0, 0, 0, 0);
    for _ in 0..reps.max(1) {
        let started = Instant::now();
        let generated = paygen_codegen::generate(spec, &options).map_err(|d| anyhow!("{d}"))?;
        let total = started.elapsed();
        let t = generated.timings;
        runs.push(PhaseMs {
            parse: ms(t.parse),
            lower: ms(t.lower),
            render: ms(t.render),
            format: ms(t.format),
            total: ms(total),
        });
        shape = (
            generated.operations,
            generated.types,
            generated.files.len(),
            generated.files.values().map(String::len).sum(),
            generated.files.values().map(|f| f.lines().count()).sum(),
        );
    }
    let report = ChildReport {
        runs,
        operations: shape.0,
        types: shape.1,
        files: shape.2,
        bytes: shape.3,
        lines: shape.4,
        vmhwm_kib: measure::vmhwm_kib(),
        children_maxrss_kib: measure::children_maxrss_kib(),
    };
    println!("{}", serde_json::to_string(&report)?);
    Ok(())
}

/// What `child-ours-all` prints.
#[derive(Debug, Serialize, Deserialize)]
pub struct AllReport {
    /// From the start of `main` to the end of the last generation.
    pub in_process_ms: f64,
    pub vmhwm_kib: u64,
}

/// `child-ours-all SPEC CRATE [SPEC CRATE]...`: each spec once, as `cargo xtask gen` does.
pub fn child_all(started: Instant, pairs: &[String]) -> Result<()> {
    for pair in pairs.chunks(2) {
        let [spec, name] = pair else {
            return Err(anyhow!("child-ours-all takes SPEC CRATE pairs"));
        };
        paygen_codegen::generate(Path::new(spec), &options(name)).map_err(|d| anyhow!("{d}"))?;
    }
    let report = AllReport {
        in_process_ms: ms(started.elapsed()),
        vmhwm_kib: measure::vmhwm_kib(),
    };
    println!("{}", serde_json::to_string(&report)?);
    Ok(())
}

/// Measures one spec: [`COLD_RUNS`] fresh processes with one run each (cold: medians, and the
/// highest peak memory), then a process with warm-up plus repeated runs (per-step medians).
/// Repetitions fit in about `budget_ms`.
/// A spec whose single run takes longer than `WARM_LIMIT_MS` is not repeated: its steps are
/// those of the cold run (shown with n = 0).
const WARM_LIMIT_MS: f64 = 20_000.0;
/// Fresh processes per spec for the cold figures.
pub const COLD_RUNS: usize = 3;

pub fn measure_spec(
    label: &str,
    spec: &Path,
    crate_name: &str,
    budget_ms: f64,
    limit: Duration,
) -> OursGen {
    let mut out = OursGen {
        label: label.to_string(),
        spec: spec.to_path_buf(),
        ..OursGen::default()
    };
    let spec_arg = spec.display().to_string();
    // The machine's speed drifts from one process to the next: the median of a few cold runs.
    let colds = match cold_runs(spec, crate_name, COLD_RUNS, limit) {
        Ok(colds) => colds,
        Err(err) => {
            out.error = Some(format!("{err:#}"));
            return out;
        }
    };
    let report = &colds[0].0;
    out.operations = report.operations;
    out.types = report.types;
    out.files = report.files;
    out.out_bytes = report.bytes;
    out.out_lines = report.lines;
    let runs: Vec<PhaseMs> = colds.iter().map(|(r, _, _)| r.runs[0]).collect();
    out.cold = PhaseMs::median_of(&runs);
    out.cold_wall_ms = median(
        &mut colds
            .iter()
            .map(|(_, wall, _)| ms(*wall))
            .collect::<Vec<_>>(),
    );
    out.cold_cpu_ms = median(&mut colds.iter().map(|(_, _, cpu)| *cpu).collect::<Vec<_>>());
    out.peak_kib = colds.iter().map(|(r, _, _)| r.vmhwm_kib).max().unwrap_or(0);
    out.rustfmt_peak_kib = colds
        .iter()
        .map(|(r, _, _)| r.children_maxrss_kib)
        .max()
        .unwrap_or(0);
    if out.cold.total > WARM_LIMIT_MS {
        out.warm = out.cold;
        out.warm_reps = 0;
        return out;
    }
    let reps = ((budget_ms / out.cold.total.max(1.0)) as usize).clamp(1, 15);
    match measure::run_self::<ChildReport>(
        &[
            "child-ours".into(),
            spec_arg,
            crate_name.into(),
            (reps + 1).to_string(),
        ],
        limit,
    ) {
        Ok((report, _, _)) => {
            out.warm = PhaseMs::median_of(&report.runs[1..]);
            out.warm_reps = reps;
        }
        Err(err) => out.error = Some(format!("warm runs: {err:#}")),
    }
    out
}

/// Median wall time of `runs` fresh processes generating `spec` once each (spawn to exit, as
/// the cold run of [`measure_spec`]); `None` if a run fails.
pub fn cold_wall_ms(spec: &Path, crate_name: &str, runs: usize, limit: Duration) -> Option<f64> {
    let colds = cold_runs(spec, crate_name, runs, limit).ok()?;
    Some(measure::median(
        &mut colds
            .iter()
            .map(|(_, wall, _)| ms(*wall))
            .collect::<Vec<_>>(),
    ))
}

/// `runs` (at least one) fresh processes generating `spec` once each: each one's report, wall
/// time and CPU time.
fn cold_runs(
    spec: &Path,
    crate_name: &str,
    runs: usize,
    limit: Duration,
) -> Result<Vec<(ChildReport, Duration, f64)>> {
    (0..runs.max(1))
        .map(|_| {
            measure::run_self::<ChildReport>(
                &[
                    "child-ours".into(),
                    spec.display().to_string(),
                    crate_name.into(),
                    "1".into(),
                ],
                limit,
            )
        })
        .collect()
}

/// `dump SPEC CRATE DIR rustfmt|plain`: writes the generated crate to DIR, for profiling.
pub fn dump(spec: &Path, crate_name: &str, dir: &Path, mode: &str) -> Result<()> {
    let rustfmt = match mode {
        "rustfmt" => true,
        "plain" => false,
        other => return Err(anyhow!("unknown dump mode {other}: rustfmt|plain")),
    };
    let mut options = options(crate_name);
    options.rustfmt = rustfmt;
    write_crate(spec, &options, dir)
}

/// As [`dump`], with the runtime dependency at `runtime` (an absolute path) when given.
pub fn dump_with_runtime(
    spec: &Path,
    crate_name: &str,
    dir: &Path,
    rustfmt: bool,
    runtime: Option<&Path>,
) -> Result<()> {
    let mut options = options(crate_name);
    options.rustfmt = rustfmt;
    if let Some(runtime) = runtime {
        options.runtime = RuntimeDependency::Path(runtime.display().to_string());
    }
    write_crate(spec, &options, dir)
}

fn write_crate(spec: &Path, options: &Options, dir: &Path) -> Result<()> {
    let generated = paygen_codegen::generate(spec, options).map_err(|d| anyhow!("{d}"))?;
    let _ = std::fs::remove_dir_all(dir);
    for (path, contents) in &generated.files {
        let target = dir.join(path);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(target, contents)?;
    }
    let t = generated.timings;
    println!(
        "{} files; parse {:.1} lower {:.1} render {:.1} format {:.1} ms",
        generated.files.len(),
        ms(t.parse),
        ms(t.lower),
        ms(t.render),
        ms(t.format)
    );
    Ok(())
}
