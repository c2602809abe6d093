//! The conformance suite's call tables (`tests/conformance/src/calls/*.rs`) are what
//! `tests/src/conformance.rs` makes from today's specs. `PAYGEN_UPDATE_CALLS=1` rewrites them.

use paygen_tests::conformance::{calls_path, render_calls};
use paygen_tests::vendors;

#[test]
fn call_tables_are_up_to_date() {
    let update = std::env::var_os("PAYGEN_UPDATE_CALLS").is_some_and(|v| v == "1");
    let mut stale = Vec::new();
    for vendor in vendors() {
        let path = calls_path(&vendor);
        let wanted = render_calls(&vendor);
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        if on_disk != wanted {
            if update {
                std::fs::create_dir_all(path.parent().expect("calls/ has a parent"))
                    .expect("creating calls/");
                std::fs::write(&path, &wanted)
                    .unwrap_or_else(|e| panic!("writing {}: {e}", path.display()));
            } else {
                stale.push(path.display().to_string());
            }
        }
    }
    assert!(
        stale.is_empty(),
        "stale call tables {stale:?}: run `PAYGEN_UPDATE_CALLS=1 cargo test -p paygen-tests --test conformance_calls`"
    );
}
