//! The real-world corpus: public specs of other payment and platform APIs, kept verbatim in
//! `tests/corpus/` (sources and licences in `tests/corpus/README.md`). Each has an expected
//! outcome in the table below, and each outcome is tested:
//!
//! - `Generates`: the spec generates in memory with the operation and warning counts given (a
//!   warning is a documented fallback, such as an OAuth2 flow that is not built in), the crate is
//!   written as a standalone crate (its own `[workspace]`, the runtime by absolute path, as
//!   `cargo xtask gen --spec` makes it) under `target/corpus-crates/<name>/`, and `cargo check`
//!   passes on it with warnings denied. All corpus crates share `target/corpus-check` as their
//!   target directory, so the dependencies are built once.
//! - `Rejected`: generation fails with exactly the one diagnostic given (pointer and the start of
//!   the message), never a panic.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use paygen_codegen::{Options, RuntimeDependency};
use paygen_tests::root;

/// What a corpus spec is expected to do.
enum Outcome {
    /// Generates a crate with this many operations and this many warnings (fallbacks taken),
    /// and the crate passes `cargo check`.
    Generates { operations: usize, warnings: usize },
    /// Is rejected with one error diagnostic at `pointer` whose message starts with `message`.
    /// No corpus spec is rejected today (Adyen BinLookup was, for being OpenAPI 3.1).
    #[allow(dead_code)]
    Rejected {
        pointer: &'static str,
        message: &'static str,
    },
}

macro_rules! corpus {
    ($test:ident, $file:literal, $outcome:expr) => {
        #[test]
        fn $test() {
            check($file, $outcome);
        }
    };
}

// The expected outcome of every corpus spec. Keep in step with `tests/corpus/README.md` and the
// "Real-world corpus" table of the top README.
corpus!(
    square,
    "square.json",
    Outcome::Generates {
        operations: 200,
        warnings: 1
    }
);
corpus!(
    twilio_api_v2010,
    "twilio-api-v2010.json",
    Outcome::Generates {
        operations: 197,
        warnings: 0
    }
);
corpus!(
    velo_payments,
    "velo-payments.json",
    Outcome::Generates {
        operations: 100,
        warnings: 0
    }
);
corpus!(
    xero_bankfeeds,
    "xero-bankfeeds.json",
    Outcome::Generates {
        operations: 7,
        warnings: 1
    }
);
corpus!(
    adyen_binlookup,
    "adyen-binlookup.json",
    Outcome::Generates {
        operations: 2,
        warnings: 0
    }
);
corpus!(
    adyen_checkout_v71,
    "adyen-checkout-v71.json",
    Outcome::Generates {
        operations: 25,
        warnings: 0
    }
);
corpus!(
    adyen_payment,
    "adyen-payment.json",
    Outcome::Generates {
        operations: 13,
        warnings: 0
    }
);
corpus!(
    adyen_transfers_v4,
    "adyen-transfers-v4.json",
    Outcome::Generates {
        operations: 7,
        warnings: 0
    }
);
corpus!(
    adyen_recurring,
    "adyen-recurring.json",
    Outcome::Generates {
        operations: 6,
        warnings: 0
    }
);
corpus!(
    adyen_transfer_webhooks_v3,
    "adyen-transfer-webhooks-v3.json",
    Outcome::Generates {
        operations: 0,
        warnings: 0
    }
);
corpus!(
    adyen_balance_platform,
    "adyen-balance-platform.json",
    Outcome::Generates {
        operations: 42,
        warnings: 0
    }
);
corpus!(
    adyen_legal_entity,
    "adyen-legal-entity.json",
    Outcome::Generates {
        operations: 29,
        warnings: 0
    }
);
corpus!(
    codat_bank_feeds,
    "codat-bank-feeds.json",
    Outcome::Generates {
        operations: 6,
        warnings: 1
    }
);
corpus!(
    nordigen,
    "nordigen.json",
    Outcome::Generates {
        operations: 29,
        warnings: 0
    }
);
corpus!(
    up_banking,
    "up-banking.json",
    Outcome::Generates {
        operations: 18,
        warnings: 0
    }
);

fn check(file: &str, outcome: Outcome) {
    let spec = root().join("tests/corpus").join(file);
    let name = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    let options = Options {
        crate_name: format!("corpus-{name}"),
        runtime: RuntimeDependency::Path(root().join("runtime").to_string_lossy().into_owned()),
        rustfmt: true,
    };
    let result = paygen_codegen::generate(&spec, &options);
    match outcome {
        Outcome::Rejected { pointer, message } => {
            let diagnostics = match result {
                Ok(_) => panic!("{file}: expected to be rejected ({message}), but it generated"),
                Err(diagnostics) => diagnostics,
            };
            let errors: Vec<_> = diagnostics
                .sorted()
                .into_iter()
                .filter(|d| d.severity == paygen_codegen::Severity::Error)
                .collect();
            assert!(
                errors.len() == 1
                    && errors[0].pointer == pointer
                    && errors[0].message.starts_with(message),
                "{file}: expected one error at #{pointer} starting with {message:?}, got:\n{diagnostics}"
            );
        }
        Outcome::Generates {
            operations,
            warnings,
        } => {
            let generated = result.unwrap_or_else(|d| panic!("{file} failed to generate:\n{d}"));
            assert_eq!(generated.operations, operations, "{file}: operation count");
            let shown: Vec<String> = generated.warnings.iter().map(ToString::to_string).collect();
            assert_eq!(
                generated.warnings.len(),
                warnings,
                "{file}: warnings:\n{}",
                shown.join("\n")
            );
            let dir = root().join("target/corpus-crates").join(name);
            write_crate(&dir, &generated.files);
            cargo_check(file, &dir);
        }
    }
}

/// Writes the crate afresh, with the workspace's `Cargo.lock` so it builds with the versions the
/// workspace pins (cargo drops the entries it does not need).
fn write_crate(dir: &Path, files: &std::collections::BTreeMap<String, String>) {
    if dir.exists() {
        std::fs::remove_dir_all(dir).unwrap();
    }
    for (path, contents) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, contents).unwrap();
    }
    std::fs::copy(root().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
}

fn cargo_check(file: &str, dir: &Path) {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let target: PathBuf = root().join("target/corpus-check");
    let started = Instant::now();
    let output = Command::new(cargo)
        .args(["check", "--quiet", "--message-format", "short"])
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", &target)
        .env("RUSTFLAGS", "-D warnings")
        .output()
        .expect("cargo runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{file}: the generated crate ({}) fails `cargo check`:\n{stderr}",
        dir.display()
    );
    eprintln!(
        "{file}: cargo check passed in {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

#[test]
fn every_corpus_spec_has_an_expected_outcome() {
    // A spec added to tests/corpus/ must get a `corpus!` line above; this keeps the table honest.
    let source = include_str!("corpus.rs");
    for entry in std::fs::read_dir(root().join("tests/corpus"))
        .unwrap()
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".json") || name.ends_with(".yaml") || name.ends_with(".yml") {
            assert!(
                source.contains(&format!("\"{name}\"")),
                "tests/corpus/{name} has no `corpus!` line in tests/tests/corpus.rs"
            );
        }
    }
}
