//! The criterion call-overhead benchmark (bench/calls), run with `cargo bench` and read back from
//! criterion's estimates.

use std::path::Path;
use std::process::Command;

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

/// A point estimate with its 95% confidence interval, in nanoseconds.
#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize)]
pub struct Estimate {
    pub point: f64,
    pub lower: f64,
    pub upper: f64,
}

/// One comparison: the generated client (or runtime) against the hand-written baseline.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct CallResult {
    pub group: String,
    pub baseline: String,
    pub generated_median: Estimate,
    pub baseline_median: Estimate,
    pub generated_mean: Estimate,
    pub baseline_mean: Estimate,
}

impl CallResult {
    /// generated / baseline, on medians.
    pub fn ratio(&self) -> f64 {
        self.generated_median.point / self.baseline_median.point
    }
}

/// `get_brand` measured in alternating blocks (bench/calls/benches/call_overhead.rs,
/// `paired_get_brand`): generated/reqwest per round of two adjacent blocks.
#[derive(Clone, Copy, Debug, Default, Serialize, Deserialize)]
pub struct Paired {
    pub rounds: usize,
    pub calls_per_block: usize,
    pub median: f64,
    pub q1: f64,
    pub q3: f64,
}

/// The paired measurement the last run wrote under `criterion_home`, if any.
pub fn read_paired(criterion_home: &Path) -> Result<Paired> {
    let path = criterion_home.join("paired_get_brand.json");
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    Ok(serde_json::from_str(&text)?)
}

/// (group, baseline function) as in bench/calls/benches/call_overhead.rs.
pub const GROUPS: [(&str, &str); 3] = [
    ("get_brand", "reqwest"),
    ("list_brands_10k", "reqwest"),
    ("decode_brand_list_10k", "serde_json"),
];

/// Runs the benchmark; criterion writes its estimates under `criterion_home`.
pub fn run(root: &Path, criterion_home: &Path, quick: bool, log: &Path) -> Result<Vec<CallResult>> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let _ = std::fs::remove_dir_all(criterion_home);
    let file = std::fs::File::create(log)?;
    let status = Command::new(cargo)
        .args(["bench", "--manifest-path"])
        .arg(root.join("bench/Cargo.toml"))
        .args(["-p", "paygen-bench-calls", "--bench", "call_overhead"])
        .env("CRITERION_HOME", criterion_home)
        .env("BENCH_QUICK", if quick { "1" } else { "0" })
        .stdout(file.try_clone()?)
        .stderr(file)
        .status()
        .context("cannot run cargo bench")?;
    if !status.success() {
        bail!(
            "cargo bench failed: {}",
            crate::measure::tail(&std::fs::read_to_string(log).unwrap_or_default(), 6)
        );
    }
    GROUPS
        .iter()
        .map(|(group, baseline)| {
            let read = |function: &str| -> Result<(Estimate, Estimate)> {
                let path = criterion_home
                    .join(group)
                    .join(function)
                    .join("new/estimates.json");
                let text = std::fs::read_to_string(&path)
                    .with_context(|| format!("cannot read {}", path.display()))?;
                let json: serde_json::Value = serde_json::from_str(&text)?;
                let pick = |key: &str| Estimate {
                    point: json[key]["point_estimate"].as_f64().unwrap_or(f64::NAN),
                    lower: json[key]["confidence_interval"]["lower_bound"]
                        .as_f64()
                        .unwrap_or(f64::NAN),
                    upper: json[key]["confidence_interval"]["upper_bound"]
                        .as_f64()
                        .unwrap_or(f64::NAN),
                };
                Ok((pick("median"), pick("mean")))
            };
            let (generated_median, generated_mean) = read("generated")?;
            let (baseline_median, baseline_mean) = read(baseline)?;
            Ok(CallResult {
                group: group.to_string(),
                baseline: baseline.to_string(),
                generated_median,
                baseline_median,
                generated_mean,
                baseline_mean,
            })
        })
        .collect()
}
