//! Call overhead of a generated client (raise-client) against a hand-written reqwest call to the
//! same loopback server, with the same payload, headers and model types; and the cost of
//! decoding a large list response. Run by `cargo xtask bench` (or
//! `cargo bench --manifest-path bench/Cargo.toml -p paygen-bench-calls`).
//!
//! Both clients run on the same single-threaded tokio runtime; the server has its own thread.
//! `BENCH_QUICK=1` shortens the measurement.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use paygen_bench_calls::{clients, hand_written, list_body, start, LIST_ITEMS};
use raise_client::models::{BrandDocument, BrandListDocument};

fn quick() -> bool {
    std::env::var_os("BENCH_QUICK").is_some_and(|v| v != "0")
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime")
}

fn bench_calls(criterion: &mut Criterion) {
    let server = start();
    let rt = runtime();
    let c = clients(&server);

    // Same answer both ways, or the comparison means nothing.
    let (a, b): (BrandDocument, BrandDocument) = rt.block_on(async {
        (
            c.generated
                .brands()
                .get_brand("b1")
                .send()
                .await
                .expect("generated call"),
            hand_written(&c, "/brands/b1").await,
        )
    });
    assert_eq!(a, b);
    let (a, b): (BrandListDocument, BrandListDocument) = rt.block_on(async {
        (
            c.generated
                .brands()
                .list_brands()
                .send()
                .await
                .expect("generated list"),
            hand_written(&c, "/brands").await,
        )
    });
    assert_eq!(a, b);
    assert_eq!(a.data.len(), LIST_ITEMS);

    let (warm, measure) = if quick() { (1, 3) } else { (3, 10) };
    let mut group = criterion.benchmark_group("get_brand");
    group
        .warm_up_time(Duration::from_secs(warm))
        .measurement_time(Duration::from_secs(measure))
        .sample_size(100);
    group.bench_function("generated", |bench| {
        bench.to_async(&rt).iter(|| async {
            c.generated
                .brands()
                .get_brand("b1")
                .send()
                .await
                .expect("call")
        })
    });
    group.bench_function("reqwest", |bench| {
        bench
            .to_async(&rt)
            .iter(|| hand_written::<BrandDocument>(&c, "/brands/b1"))
    });
    group.finish();

    let mut group = criterion.benchmark_group("list_brands_10k");
    group
        .warm_up_time(Duration::from_secs(warm))
        .measurement_time(Duration::from_secs(measure))
        .sample_size(20);
    group.bench_function("generated", |bench| {
        bench.to_async(&rt).iter(|| async {
            c.generated
                .brands()
                .list_brands()
                .send()
                .await
                .expect("call")
        })
    });
    group.bench_function("reqwest", |bench| {
        bench
            .to_async(&rt)
            .iter(|| hand_written::<BrandListDocument>(&c, "/brands"))
    });
    group.finish();

    // Decoding alone: the runtime's decode (serde_path_to_error, for error paths) against plain
    // serde_json, into the same generated types.
    let body = paygen_runtime::Bytes::from(list_body());
    let raw = paygen_runtime::RawResponse {
        status: paygen_runtime::StatusCode::OK,
        headers: paygen_runtime::HeaderMap::new(),
        body: body.clone(),
        request_id: None,
    };
    let mut group = criterion.benchmark_group("decode_brand_list_10k");
    group
        .warm_up_time(Duration::from_secs(warm))
        .measurement_time(Duration::from_secs(measure))
        .sample_size(20);
    group.bench_function("generated", |bench| {
        bench.iter(|| paygen_runtime::decode_json::<BrandListDocument, ()>(&raw).expect("decode"))
    });
    group.bench_function("serde_json", |bench| {
        bench.iter(|| serde_json::from_slice::<BrandListDocument>(&body).expect("decode"))
    });
    group.finish();
}

/// The same comparison as `get_brand`, free of drift: blocks of calls alternate between the two
/// clients (ABBA order), and each round's ratio compares two adjacent blocks of ~5 ms. criterion
/// measures one function for seconds and then the other, and this machine's speed moves by more
/// than the 5% being judged over that time. Written to `$CRITERION_HOME/paired_get_brand.json`.
fn paired_get_brand(_criterion: &mut Criterion) {
    let server = start();
    let rt = runtime();
    let c = clients(&server);
    let (rounds, per_block) = if quick() { (60, 50) } else { (400, 100) };
    let mut ratios: Vec<f64> = rt.block_on(async {
        let c = &c;
        let one_call = |is_generated: bool| async move {
            if is_generated {
                c.generated
                    .brands()
                    .get_brand("b1")
                    .send()
                    .await
                    .expect("call");
            } else {
                hand_written::<BrandDocument>(c, "/brands/b1").await;
            }
        };
        // Warm both connections and allocators first.
        for _ in 0..per_block {
            one_call(true).await;
            one_call(false).await;
        }
        let mut ratios = Vec::with_capacity(rounds);
        for round in 0..rounds {
            let order = if round % 2 == 0 {
                [true, false]
            } else {
                [false, true]
            };
            let (mut generated, mut baseline) = (Duration::ZERO, Duration::ZERO);
            for is_generated in order {
                let started = Instant::now();
                for _ in 0..per_block {
                    one_call(is_generated).await;
                }
                if is_generated {
                    generated = started.elapsed();
                } else {
                    baseline = started.elapsed();
                }
            }
            ratios.push(generated.as_secs_f64() / baseline.as_secs_f64());
        }
        ratios
    });
    ratios.sort_by(f64::total_cmp);
    let at = |q: f64| ratios[((ratios.len() - 1) as f64 * q).round() as usize];
    let summary = serde_json::json!({
        "rounds": rounds,
        "calls_per_block": per_block,
        "median": at(0.5),
        "q1": at(0.25),
        "q3": at(0.75),
    });
    let home = std::env::var_os("CRITERION_HOME")
        .map_or_else(|| PathBuf::from("target/criterion"), PathBuf::from);
    std::fs::create_dir_all(&home).expect("criterion home");
    std::fs::write(home.join("paired_get_brand.json"), summary.to_string())
        .expect("paired result written");
    println!("paired get_brand: generated/reqwest {summary}");
}

criterion_group!(benches, bench_calls, paired_get_brand);
criterion_main!(benches);
