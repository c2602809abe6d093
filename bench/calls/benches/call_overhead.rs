//! Call overhead of a generated client (raise-client) against a hand-written reqwest call to the
//! same loopback server, with the same payload, headers and model types; and the cost of
//! decoding a large list response. Run by `cargo xtask bench` (or
//! `cargo bench --manifest-path bench/Cargo.toml -p paygen-bench-calls`).
//!
//! Both clients run on the same single-threaded tokio runtime; the server has its own thread.
//! `BENCH_QUICK=1` shortens the measurement.

use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use paygen_bench_calls::{list_body, start, Server, LIST_ITEMS, TOKEN};
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

struct Clients {
    generated: raise_client::Client,
    http: reqwest::Client,
    base: String,
}

fn clients(server: &Server) -> Clients {
    let generated = raise_client::Client::builder()
        .base_url(server.url())
        .bearer_auth_provider(paygen_runtime::auth::Bearer::new(TOKEN))
        .build()
        .expect("generated client");
    // The same settings the generated client gives its reqwest client (runtime/src/core.rs).
    let http = reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(10))
        .timeout(Duration::from_secs(30))
        .build()
        .expect("reqwest client");
    Clients {
        generated,
        http,
        base: server.url(),
    }
}

/// The hand-written call: what a person writes with reqwest and serde for `GET /brands/{id}`.
async fn hand_written<T: serde::de::DeserializeOwned>(c: &Clients, path: &str) -> T {
    c.http
        .get(format!("{}{path}", c.base))
        .bearer_auth(TOKEN)
        .header(reqwest::header::ACCEPT, "application/json")
        .header(reqwest::header::USER_AGENT, "raise-client/0.1.0")
        .send()
        .await
        .expect("send")
        .error_for_status()
        .expect("2xx")
        .json::<T>()
        .await
        .expect("decode")
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

criterion_group!(benches, bench_calls);
criterion_main!(benches);
