//! Runs `get_brand` N times through one client, for a profiler: instruction counts under
//! callgrind are exact, so two runs per client (different N) give the cost of one call without
//! the start-up, and the two clients can be compared function by function.
//!
//! ```text
//! cargo build --release --example call_profile -p paygen-bench-calls   (in bench/)
//! valgrind --tool=callgrind target/release/examples/call_profile generated 1200
//! ```
//!
//! `generated` calls through raise-client, `reqwest` makes the library's hand-written call (the
//! baseline of benches/call_overhead.rs); `sizes` prints the size of each call's future instead.

use paygen_bench_calls::{clients, hand_written, start};
use raise_client::models::BrandDocument;

fn main() {
    let mut args = std::env::args().skip(1);
    let usage = "usage: call_profile generated|reqwest|sizes [calls]";
    let mode = args.next().expect(usage);
    let calls: usize = args.next().map_or(1, |n| n.parse().expect(usage));
    let server = start();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let c = clients(&server);
    let baseline_call = || hand_written::<BrandDocument>(&c, "/brands/b1");
    match mode.as_str() {
        "sizes" => {
            let generated = c.generated.brands().get_brand("b1").send();
            println!("generated call future: {} bytes", size_of_val(&generated));
            println!(
                "hand-written future: {} bytes",
                size_of_val(&baseline_call())
            );
        }
        "generated" => rt.block_on(async {
            for _ in 0..calls {
                let brand = c.generated.brands().get_brand("b1").send().await;
                std::hint::black_box(brand.expect("call"));
            }
        }),
        "reqwest" => rt.block_on(async {
            for _ in 0..calls {
                std::hint::black_box(baseline_call().await);
            }
        }),
        _ => panic!("{usage}"),
    }
}
