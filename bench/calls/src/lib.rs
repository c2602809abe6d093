//! A loopback HTTP/1.1 server with fixed JSON bodies, for the call-overhead benchmark.
//!
//! Minimal on purpose, so that the server's own cost is small and the same for both clients:
//! it listens on 127.0.0.1 only (an ephemeral port), keeps connections alive, reads request heads
//! (the benchmarked calls are GETs without bodies) and answers with a precomputed response.
//! `/brands/<id>` gets one brand, `/brands?...` a list of [`LIST_ITEMS`] brands. It serves at most
//! [`MAX_REQUESTS`] requests and at most [`MAX_CONNECTIONS`] connections, then stops; it also stops
//! with the process.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// Items in the large list response.
pub const LIST_ITEMS: usize = 10_000;
/// Requests served before the server stops answering.
pub const MAX_REQUESTS: u64 = 5_000_000;
/// Connections accepted before the server stops listening.
pub const MAX_CONNECTIONS: usize = 256;
/// The bearer token both clients send.
pub const TOKEN: &str = "bench-token-0123456789abcdef";

/// One brand as the Raise API returns it (`Brand` in specs/raise.yaml).
pub fn brand(i: usize) -> Value {
    json!({
        "type": "brands",
        "id": format!("8a2d5c1e-{i:04x}-4b7f-9c3a-2f6e1d0b{i:04x}"),
        "attributes": {
            "group_id": "3f1c2b9a-7e4d-4c21-9a0b-5d6e7f8a9b0c",
            "name": format!("Brand number {i}"),
            "commission_rate": 450,
            "description": "A gift card for everything the store sells, online and in its shops.",
            "currency": "USD",
            "country": "US",
            "icon_url": "https://cdn.example.com/brands/icon.png",
            "faceplate_url": "https://cdn.example.com/brands/faceplate.png",
            "balance_check_url": "https://example.com/balance",
            "balance_checks_supported": true,
            "merchant_url": "https://example.com",
            "terms": "Not redeemable for cash except where required by law.",
            "transaction_config": {
                "disclaimer": "Delivered by email.",
                "variable_load": {"increment": 100, "minimum_amount": 500, "maximum_amount": 50000},
                "fixed_load": {"amounts": [1000, 2500, 5000]}
            },
            "redemption_config": {
                "disclaimer": "Show the code at the till.",
                "methods": [{"info": "Online at checkout", "kind": "ONLINE"}, {"info": "In store", "kind": "IN_STORE"}]
            },
            "categories": ["APPAREL", "SHOES"]
        }
    })
}

/// The body of `GET /brands/{id}`.
pub fn single_body() -> Vec<u8> {
    serde_json::to_vec(&json!({"data": brand(1)})).expect("serializes")
}

/// The body of `GET /brands`: [`LIST_ITEMS`] brands.
pub fn list_body() -> Vec<u8> {
    let data: Vec<Value> = (0..LIST_ITEMS).map(brand).collect();
    serde_json::to_vec(&json!({"data": data, "meta": {"total_results": LIST_ITEMS}}))
        .expect("serializes")
}

fn response(body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nx-request-id: bench\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

/// A running server.
pub struct Server {
    /// Where it listens.
    pub addr: SocketAddr,
    /// Requests served so far.
    pub served: Arc<AtomicU64>,
}

impl Server {
    /// The base URL (`http://127.0.0.1:PORT`).
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

/// The two clients the benchmarks compare, talking to one [`Server`].
pub struct Clients {
    /// raise-client with a fixed bearer token.
    pub generated: raise_client::Client,
    /// A reqwest client with the settings the generated client gives its own.
    pub http: reqwest::Client,
    /// The server's base URL.
    pub base: String,
}

/// Both clients for `server`.
pub fn clients(server: &Server) -> Clients {
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
pub async fn hand_written<T: serde::de::DeserializeOwned>(c: &Clients, path: &str) -> T {
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

/// Starts the server on its own thread with its own single-threaded runtime.
pub fn start() -> Server {
    let single: Arc<[u8]> = response(&single_body()).into();
    let list: Arc<[u8]> = response(&list_body()).into();
    let served = Arc::new(AtomicU64::new(0));
    let counter = served.clone();
    let std_listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    std_listener.set_nonblocking(true).expect("nonblocking");
    let addr = std_listener.local_addr().expect("local addr");
    std::thread::Builder::new()
        .name("loopback-server".into())
        .spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async move {
                let listener = TcpListener::from_std(std_listener).expect("listener");
                for _ in 0..MAX_CONNECTIONS {
                    let Ok((mut socket, _)) = listener.accept().await else {
                        break;
                    };
                    let _ = socket.set_nodelay(true);
                    let (single, list, counter) = (single.clone(), list.clone(), counter.clone());
                    tokio::spawn(async move {
                        let mut buf = Vec::with_capacity(4096);
                        let mut chunk = [0u8; 4096];
                        loop {
                            // One request head per loop (GETs: no body).
                            let end = loop {
                                if let Some(end) = find_head_end(&buf) {
                                    break Some(end);
                                }
                                match socket.read(&mut chunk).await {
                                    Ok(0) | Err(_) => break None,
                                    Ok(n) => buf.extend_from_slice(&chunk[..n]),
                                }
                            };
                            let Some(end) = end else { return };
                            let is_list = buf.starts_with(b"GET /brands?")
                                || buf.starts_with(b"GET /brands ");
                            buf.drain(..end);
                            if counter.fetch_add(1, Ordering::Relaxed) >= MAX_REQUESTS {
                                return;
                            }
                            let reply: &[u8] = if is_list { &list } else { &single };
                            if socket.write_all(reply).await.is_err() {
                                return;
                            }
                        }
                    });
                }
            });
        })
        .expect("spawn server thread");
    Server { addr, served }
}

fn find_head_end(buf: &[u8]) -> Option<usize> {
    buf.windows(4).position(|w| w == b"\r\n\r\n").map(|i| i + 4)
}
