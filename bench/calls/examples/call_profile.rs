//! Runs `get_brand` N times through one client, for a profiler: instruction counts under
//! callgrind are exact, so two runs per client (different N) give the cost of one call without
//! the start-up, and the two clients can be compared function by function.
//!
//! ```text
//! cargo build --release --example call_profile -p paygen-bench-calls   (in bench/)
//! valgrind --tool=callgrind target/release/examples/call_profile generated 1200
//! ```
//!
//! `generated` calls through raise-client, `reqwest` makes the hand-written call of
//! benches/call_overhead.rs; `sizes` prints the size of each call's future instead.

use paygen_bench_calls::{start, TOKEN};
use raise_client::models::BrandDocument;
use std::time::Duration;

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
    let generated = raise_client::Client::builder()
        .base_url(server.url())
        .bearer_auth_provider(paygen_runtime::auth::Bearer::new(TOKEN))
        .build()
        .expect("generated client");
    // The same settings the generated client gives its reqwest client.
    let http = reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(10))
        .timeout(Duration::from_secs(30))
        .build()
        .expect("reqwest client");
    let base = server.url();
    let hand_written = || async {
        http.get(format!("{base}/brands/b1"))
            .bearer_auth(TOKEN)
            .header(reqwest::header::ACCEPT, "application/json")
            .header(reqwest::header::USER_AGENT, "raise-client/0.1.0")
            .send()
            .await
            .expect("send")
            .error_for_status()
            .expect("2xx")
            .json::<BrandDocument>()
            .await
            .expect("decode")
    };
    match mode.as_str() {
        "sizes" => {
            let generated = generated.brands().get_brand("b1").send();
            println!("generated call future: {} bytes", size_of_val(&generated));
            println!(
                "hand-written future: {} bytes",
                size_of_val(&hand_written())
            );
        }
        "generated" => rt.block_on(async {
            for _ in 0..calls {
                let brand = generated.brands().get_brand("b1").send().await;
                std::hint::black_box(brand.expect("call"));
            }
        }),
        "reqwest" => rt.block_on(async {
            for _ in 0..calls {
                std::hint::black_box(hand_written().await);
            }
        }),
        _ => panic!("{usage}"),
    }
}
