//! The compile times issue #20's rule is held to: "compile time of the five crates does not grow
//! by more than 10%". The baseline is the compile table of the last committed run before #20,
//! copied here so that a new run compares against numbers that do not move.

/// One committed run's compile times of the vendor crates.
pub struct CompileBaseline {
    /// When the run was made (its heading in BENCHMARKS.md).
    pub date: &'static str,
    /// The commit that recorded it in BENCHMARKS.md.
    pub commit: &'static str,
    /// Seconds per vendor crate, paygen's column of the compile table.
    pub seconds: &'static [(&'static str, f64)],
}

/// BENCHMARKS.md's "3. Compile time of the generated crates", run of 2026-11-30 13:18 UTC.
pub const COMPILE: CompileBaseline = CompileBaseline {
    date: "2026-11-30 13:18 UTC",
    commit: "b92662f4ae7b024272ce2b18e655744115c7791b",
    seconds: &[
        ("arise", 7.44),
        ("aurpay", 1.97),
        ("raise", 2.06),
        ("rise-crm", 0.79),
        ("sdk-finance", 1.87),
    ],
};

/// Largest growth allowed over the baseline: 10%.
pub const COMPILE_GROWTH_LIMIT: f64 = 1.10;
