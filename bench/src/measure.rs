//! Child processes and what they cost: wall time, peak memory.
//!
//! Every measured generation runs in a fresh child process (this binary re-invoked with a
//! `child-*` subcommand), so that peak memory is that of one generation and "cold" means what a
//! user gets from a CLI: a new process, nothing cached.

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};
use serde::de::DeserializeOwned;

/// Peak resident set size of this process so far (`VmHWM` in /proc/self/status), in KiB.
pub fn vmhwm_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status.lines().find_map(|line| {
                let rest = line.strip_prefix("VmHWM:")?;
                rest.trim().trim_end_matches("kB").trim().parse().ok()
            })
        })
        .unwrap_or(0)
}

/// Largest peak RSS among the waited-for descendants of this process (getrusage
/// `RUSAGE_CHILDREN`), in KiB. Covers grandchildren that their parent waited for (java under
/// the openapi-generator-cli Python wrapper; rustfmt under the generator).
pub fn children_maxrss_kib() -> u64 {
    // SAFETY: getrusage writes into the zeroed struct we pass and reads nothing else.
    unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        if libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) == 0 {
            usage.ru_maxrss.max(0) as u64
        } else {
            0
        }
    }
}

/// User plus system CPU time of the waited-for descendants so far, in ms.
pub fn children_cpu_ms() -> f64 {
    // SAFETY: as in children_maxrss_kib.
    unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        if libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) == 0 {
            let tv = |t: libc::timeval| t.tv_sec as f64 * 1000.0 + t.tv_usec as f64 / 1000.0;
            tv(usage.ru_utime) + tv(usage.ru_stime)
        } else {
            f64::NAN
        }
    }
}

/// The 1-minute load average (other work on the machine skews wall times).
pub fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map(|l| l.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "?".into())
}

/// Runs this binary with `args`; the child prints one JSON value as its last stdout line.
/// Returns it with the wall time from spawn to exit and the CPU time (user + system) of the
/// child and everything it waited for. A child still running after `limit` is killed with its
/// process group (rustfmt, java) and reported as such.
pub fn run_self<T: DeserializeOwned>(
    args: &[String],
    limit: Duration,
) -> Result<(T, Duration, f64)> {
    let exe = std::env::current_exe().context("cannot find the bench binary")?;
    let cpu_before = children_cpu_ms();
    let started = Instant::now();
    let child = Command::new(&exe)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0)
        .spawn()
        .with_context(|| format!("cannot run {} {}", exe.display(), args.join(" ")))?;
    let pid = child.id() as i32;
    let (done, wait) = mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if wait.recv_timeout(limit).is_err() {
            // SAFETY: kill(2) on the process group we created; no memory is touched.
            unsafe { libc::kill(-pid, libc::SIGKILL) };
            true
        } else {
            false
        }
    });
    let output = child.wait_with_output()?;
    let wall = started.elapsed();
    let _ = done.send(());
    let killed = watchdog.join().unwrap_or(false);
    let cpu = children_cpu_ms() - cpu_before;
    if killed {
        bail!("did not finish within {} s (stopped)", limit.as_secs());
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    let last = stdout
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with('{'));
    match (output.status.success(), last) {
        (true, Some(line)) => Ok((
            serde_json::from_str(line).with_context(|| format!("bad child output: {line}"))?,
            wall,
            cpu,
        )),
        _ => bail!(
            "child `{}` failed ({}): {}",
            args.join(" "),
            output.status,
            tail(&String::from_utf8_lossy(&output.stderr), 8)
        ),
    }
}

/// Runs `program` with `args` in `dir`, output to `log`; returns exit success and wall time.
pub fn run_logged(
    program: &Path,
    args: &[&str],
    dir: &Path,
    log: &Path,
    env: &[(&str, &Path)],
) -> Result<(bool, Duration)> {
    let file =
        std::fs::File::create(log).with_context(|| format!("cannot create {}", log.display()))?;
    let mut command = Command::new(program);
    command
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(file.try_clone()?)
        .stderr(file);
    for (key, value) in env {
        command.env(key, value);
    }
    let started = Instant::now();
    let status = command
        .status()
        .with_context(|| format!("cannot run {}", program.display()))?;
    Ok((status.success(), started.elapsed()))
}

/// The last `n` non-empty lines of `text`, joined with " | ".
pub fn tail(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    lines[lines.len().saturating_sub(n)..].join(" | ")
}

/// Median of durations (upper median for even counts).
pub fn median(values: &mut [f64]) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

/// Milliseconds in a duration.
pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
