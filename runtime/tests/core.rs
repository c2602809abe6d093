//! Core behaviour against local mock servers: retries, timeouts, broken responses, tracing.

use paygen_runtime::auth::{ApiKey, AuthProvider, Basic};
use paygen_runtime::{
    api_error, decode_json, ApiRequest, Core, CoreBuilder, Error, Method, RequestBody,
    RequestOptions, RetryPolicy,
};
use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use wiremock::matchers::{body_string, header, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

const NO_SECURITY: &[&[&str]] = &[];

fn fast_retry() -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(3)
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(5))
}

fn core(url: &str) -> Core {
    CoreBuilder::new("paygen-test/1.0")
        .base_url(url)
        .retry(fast_retry())
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

fn get(p: &str, idempotent: bool) -> ApiRequest {
    ApiRequest {
        idempotent,
        ..ApiRequest::new(Method::GET, "/items/{id}", p)
    }
}

async fn received(server: &MockServer) -> usize {
    server.received_requests().await.unwrap().len()
}

#[tokio::test]
async fn retries_idempotent_requests_on_retryable_statuses() {
    for status in [408u16, 429, 502, 503, 504] {
        let server = MockServer::start().await;
        Mock::given(path("/items/1"))
            .respond_with(ResponseTemplate::new(status))
            .up_to_n_times(2)
            .mount(&server)
            .await;
        Mock::given(path("/items/1"))
            .respond_with(ResponseTemplate::new(200).set_body_string("{}"))
            .mount(&server)
            .await;
        let raw = core(&server.uri())
            .execute::<()>(get("/items/1", true))
            .await
            .unwrap();
        assert_eq!(raw.status, 200, "status {status}");
        assert_eq!(received(&server).await, 3, "status {status}");
    }
}

#[tokio::test]
async fn gives_up_after_max_attempts_and_returns_the_last_response() {
    let server = MockServer::start().await;
    Mock::given(path("/items/1"))
        .respond_with(ResponseTemplate::new(503).set_body_string("busy"))
        .mount(&server)
        .await;
    let raw = core(&server.uri())
        .execute::<()>(get("/items/1", true))
        .await
        .unwrap();
    assert_eq!(raw.status, 503);
    assert_eq!(received(&server).await, 3);
}

#[tokio::test]
async fn does_not_retry_non_idempotent_or_non_retryable() {
    let server = MockServer::start().await;
    Mock::given(path("/items/1"))
        .respond_with(ResponseTemplate::new(503))
        .mount(&server)
        .await;
    Mock::given(path("/items/2"))
        .respond_with(ResponseTemplate::new(500))
        .mount(&server)
        .await;
    let c = core(&server.uri());
    assert_eq!(
        c.execute::<()>(get("/items/1", false))
            .await
            .unwrap()
            .status,
        503
    );
    assert_eq!(received(&server).await, 1);
    assert_eq!(
        c.execute::<()>(get("/items/2", true)).await.unwrap().status,
        500
    );
    assert_eq!(received(&server).await, 2);
    // RetryPolicy::none per request.
    let mut r = get("/items/1", true);
    r.options.retry = Some(RetryPolicy::none());
    assert_eq!(c.execute::<()>(r).await.unwrap().status, 503);
    assert_eq!(received(&server).await, 3);
}

#[tokio::test]
async fn honours_retry_after_seconds() {
    let server = MockServer::start().await;
    Mock::given(path("/items/1"))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/items/1"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let started = Instant::now();
    let raw = core(&server.uri())
        .execute::<()>(get("/items/1", true))
        .await
        .unwrap();
    assert_eq!(raw.status, 200);
    // The configured backoff is at most 5 ms: waiting ~1 s can only come from Retry-After.
    assert!(
        started.elapsed() >= Duration::from_millis(900),
        "{:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn too_long_retry_after_returns_the_response() {
    let server = MockServer::start().await;
    Mock::given(path("/items/1"))
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after", "3600"))
        .mount(&server)
        .await;
    let raw = core(&server.uri())
        .execute::<()>(get("/items/1", true))
        .await
        .unwrap();
    assert_eq!(raw.status, 503);
    assert_eq!(received(&server).await, 1);
}

#[tokio::test]
async fn connection_refused_is_a_transport_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let c = core(&format!("http://{addr}"));
    match c.execute::<()>(get("/items/1", true)).await {
        Err(Error::Transport(e)) => {
            assert!(e.connect, "{e}");
            assert!(!e.message.is_empty());
        }
        other => panic!("expected a transport error, got {other:?}"),
    }
}

#[tokio::test]
async fn client_and_request_timeouts() {
    let server = MockServer::start().await;
    Mock::given(path("/slow"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(3)))
        .mount(&server)
        .await;
    let slow = || ApiRequest::new(Method::GET, "/slow", "/slow");
    let c = CoreBuilder::new("t")
        .base_url(server.uri())
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    match c.execute::<()>(slow()).await {
        Err(Error::Timeout(d)) => assert_eq!(d, Duration::from_millis(200)),
        other => panic!("expected a timeout, got {other:?}"),
    }
    // Per-request override beats the client's generous limit.
    let c = core(&server.uri());
    let mut r = slow();
    r.options = RequestOptions {
        timeout: Some(Duration::from_millis(150)),
        ..Default::default()
    };
    match c.execute::<()>(r).await {
        Err(Error::Timeout(d)) => assert_eq!(d, Duration::from_millis(150)),
        other => panic!("expected a timeout, got {other:?}"),
    }
    // Idempotent timeouts are retried (3 attempts).
    let mut r = slow();
    r.idempotent = true;
    r.options.timeout = Some(Duration::from_millis(100));
    assert!(matches!(c.execute::<()>(r).await, Err(Error::Timeout(_))));
    assert_eq!(received(&server).await, 5);
}

/// An auth provider that takes `delay` before adding its header, like a token fetch.
#[derive(Debug)]
struct SlowAuth {
    delay: Duration,
}

impl AuthProvider for SlowAuth {
    fn authorize<'a>(
        &'a self,
        _ctx: paygen_runtime::auth::AuthContext<'a>,
        request: &'a mut paygen_runtime::reqwest::Request,
    ) -> futures::future::BoxFuture<'a, Result<(), paygen_runtime::AuthError>> {
        Box::pin(async move {
            tokio::time::sleep(self.delay).await;
            request
                .headers_mut()
                .insert("authorization", "Bearer slow".parse().unwrap());
            Ok(())
        })
    }
}

#[tokio::test]
async fn time_spent_on_auth_counts_against_the_attempt_timeout() {
    const SEC: &[&[&str]] = &[&["auth"]];
    let server = MockServer::start().await;
    Mock::given(path("/slow"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_millis(300)))
        .mount(&server)
        .await;
    Mock::given(path("/fast"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let with_auth = |delay| {
        CoreBuilder::new("t")
            .base_url(server.uri())
            .timeout(Duration::from_millis(400))
            .auth("auth", Arc::new(SlowAuth { delay }))
            .build()
            .unwrap()
    };
    let call = |p: &str| ApiRequest {
        security: SEC,
        ..ApiRequest::new(Method::GET, "/x", p)
    };
    // Auth and response each fit in the limit, together they do not.
    let c = with_auth(Duration::from_millis(300));
    match c.execute::<()>(call("/slow")).await {
        Err(Error::Timeout(d)) => assert_eq!(d, Duration::from_millis(400)),
        other => panic!("expected a timeout, got {other:?}"),
    }
    assert_eq!(c.execute::<()>(call("/fast")).await.unwrap().status, 200);
    // An auth step that never ends is cut off too.
    let c = with_auth(Duration::from_secs(30));
    let started = Instant::now();
    assert!(matches!(
        c.execute::<()>(call("/fast")).await,
        Err(Error::Timeout(_))
    ));
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(received(&server).await, 2);
}

#[tokio::test]
async fn an_injected_client_without_a_timeout_is_still_bounded() {
    let server = MockServer::start().await;
    Mock::given(path("/slow"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(3)))
        .mount(&server)
        .await;
    let c = CoreBuilder::new("t")
        .base_url(server.uri())
        .http_client(paygen_runtime::reqwest::Client::new())
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap();
    match c
        .execute::<()>(ApiRequest::new(Method::GET, "/slow", "/slow"))
        .await
    {
        Err(Error::Timeout(d)) => assert_eq!(d, Duration::from_millis(200)),
        other => panic!("expected a timeout, got {other:?}"),
    }
}

/// A raw HTTP server for responses wiremock cannot produce: `respond` writes what it likes.
async fn raw_server<F, Fut>(respond: F) -> String
where
    F: Fn(tokio::net::TcpStream) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let respond = Arc::new(respond);
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            let respond = respond.clone();
            tokio::spawn(async move {
                let mut buf = [0u8; 4096];
                let _ = sock.read(&mut buf).await;
                respond(sock).await;
            });
        }
    });
    format!("http://{addr}")
}

#[tokio::test]
async fn truncated_body_is_a_transport_error() {
    let url = raw_server(|mut s| async move {
        let _ = s
            .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{\"data\":[1,")
            .await;
        let _ = s.shutdown().await;
    })
    .await;
    let r = core(&url).execute::<()>(get("/x", false)).await;
    assert!(matches!(r, Err(Error::Transport(_))), "{r:?}");
}

#[tokio::test]
async fn body_slower_than_timeout_is_a_timeout() {
    let url = raw_server(|mut s| async move {
        let _ = s
            .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{\"data\":")
            .await;
        tokio::time::sleep(Duration::from_secs(5)).await;
    })
    .await;
    let c = CoreBuilder::new("t")
        .base_url(url)
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let r = c.execute::<()>(get("/x", false)).await;
    assert!(matches!(r, Err(Error::Timeout(_))), "{r:?}");
}

#[tokio::test]
async fn broken_responses_map_to_the_right_variant() {
    #[derive(Debug, serde::Deserialize)]
    struct Item {
        #[allow(dead_code)]
        id: u64,
    }
    let server = MockServer::start().await;
    let html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
    Mock::given(path("/html-error"))
        .respond_with(ResponseTemplate::new(502).set_body_raw(html, "text/html"))
        .mount(&server)
        .await;
    Mock::given(path("/html-ok"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(html, "text/html"))
        .mount(&server)
        .await;
    Mock::given(path("/malformed"))
        .respond_with(ResponseTemplate::new(200).set_body_raw("{\"id\": 1,,}", "application/json"))
        .mount(&server)
        .await;
    Mock::given(path("/empty"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let big = "x".repeat(10 * 1024 * 1024);
    Mock::given(path("/big"))
        .respond_with(ResponseTemplate::new(200).set_body_raw(big, "application/json"))
        .mount(&server)
        .await;
    let c = core(&server.uri());

    let raw = c.execute::<()>(get("/html-error", false)).await.unwrap();
    match api_error::<serde_json::Value>(raw) {
        Error::Api(e) => {
            assert_eq!(e.status, 502);
            assert!(e.body.is_none());
            assert_eq!(&e.raw[..], html.as_bytes());
        }
        other => panic!("{other:?}"),
    }
    for p in ["/html-ok", "/malformed", "/empty", "/big"] {
        let raw = c.execute::<()>(get(p, false)).await.unwrap();
        match decode_json::<Item, ()>(&raw) {
            Err(Error::Decode(d)) => {
                assert!(d.excerpt.len() <= paygen_runtime::EXCERPT_LIMIT + 3, "{p}");
                assert!(!d.message.is_empty());
            }
            other => panic!("{p}: {other:?}"),
        }
    }
    // Above the configured body limit: refused without buffering it all.
    let small = CoreBuilder::new("t")
        .base_url(server.uri())
        .max_response_bytes(1024 * 1024)
        .build()
        .unwrap();
    let r = small.execute::<()>(get("/big", false)).await;
    match r {
        Err(Error::Transport(e)) => assert!(e.message.contains("max_response_bytes")),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn sends_user_agent_query_headers_and_body_also_with_injected_client() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/orders"))
        .and(header("user-agent", "paygen-test/1.0"))
        .and(header("x-api-version", "2"))
        .and(header("content-type", "application/json"))
        .and(query_param("page[size]", "10"))
        .and(body_string("{\"a\":1}"))
        .respond_with(ResponseTemplate::new(201).insert_header("x-request-id", "req-42"))
        .expect(2)
        .mount(&server)
        .await;
    let req = || ApiRequest {
        query: vec![("page[size]".into(), "10".into())],
        headers: vec![("x-api-version".into(), "2".into())],
        body: RequestBody::Json(b"{\"a\":1}".to_vec()),
        ..ApiRequest::new(Method::POST, "/orders", "/orders")
    };
    let raw = core(&server.uri()).execute::<()>(req()).await.unwrap();
    assert_eq!(raw.status, 201);
    assert_eq!(raw.request_id.as_deref(), Some("req-42"));
    let injected = CoreBuilder::new("paygen-test/1.0")
        .base_url(server.uri())
        .http_client(paygen_runtime::reqwest::Client::new())
        .build()
        .unwrap();
    injected.execute::<()>(req()).await.unwrap();
}

#[tokio::test]
async fn security_requirements_pick_a_configured_alternative() {
    let server = MockServer::start().await;
    Mock::given(header("api-key", "k1"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    const SEC: &[&[&str]] = &[&["signature"], &["apiKey"]];
    let c = CoreBuilder::new("t")
        .base_url(server.uri())
        .auth("apiKey", Arc::new(ApiKey::header("API-Key", "k1")))
        .build()
        .unwrap();
    let mut r = get("/x", false);
    r.security = SEC;
    assert_eq!(c.execute::<()>(r).await.unwrap().status, 200);

    let none = core(&server.uri());
    let mut r = get("/x", false);
    r.security = SEC;
    match none.execute::<()>(r).await {
        Err(Error::Auth(e)) => assert!(e.to_string().contains("signature or apiKey"), "{e}"),
        other => panic!("{other:?}"),
    }
    let mut r = get("/x", false);
    r.security = NO_SECURITY;
    assert_eq!(none.execute::<()>(r).await.unwrap().status, 404);
}

#[test]
fn builder_rejects_bad_base_urls() {
    assert!(CoreBuilder::new("t").build().is_err());
    assert!(CoreBuilder::new("t").base_url("not a url").build().is_err());
    assert!(CoreBuilder::new("t").base_url("ftp://x").build().is_err());
    let c = CoreBuilder::new("t")
        .base_url("https://api.example.com/v2/")
        .build()
        .unwrap();
    assert_eq!(c.base_url(), "https://api.example.com/v2");
    let b = CoreBuilder::new("t").auth("x", Arc::new(Basic::new("u", "p")));
    assert!(b.has_auth("x") && !b.has_auth("y"));
}

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn traces_request_span_without_secrets() {
    let server = MockServer::start().await;
    Mock::given(path("/brands/7"))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/brands/7"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let capture = Capture::default();
    let writer = capture.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    const SEC: &[&[&str]] = &[&["key"]];
    let provider: Arc<dyn AuthProvider> = Arc::new(ApiKey::query("api_key", "sk_live_SECRET"));
    let c = CoreBuilder::new("t")
        .base_url(server.uri())
        .retry(fast_retry())
        .auth("key", provider)
        .build()
        .unwrap();
    let r = ApiRequest {
        security: SEC,
        idempotent: true,
        ..ApiRequest::new(Method::GET, "/brands/{id}", "/brands/7")
    };
    assert_eq!(c.execute::<()>(r).await.unwrap().status, 200);
    let out = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    assert!(out.contains("paygen.request"), "{out}");
    assert!(
        out.contains("path=\"/brands/{id}\"") || out.contains("path=/brands/{id}"),
        "{out}"
    );
    assert!(out.contains("method=GET"), "{out}");
    assert!(
        out.contains("status=503") && out.contains("status=200"),
        "{out}"
    );
    assert!(out.contains("attempt=2"), "{out}");
    assert!(out.contains("elapsed_ms="), "{out}");
    assert!(!out.contains("sk_live_SECRET"), "{out}");
    // And the key really went out in the query.
    let reqs = server.received_requests().await.unwrap();
    assert!(reqs[0]
        .url
        .query()
        .unwrap()
        .contains("api_key=sk_live_SECRET"));
    assert!(!format!("{c:?}").contains("sk_live_SECRET"));
}

#[tokio::test]
async fn retries_a_dropped_connection_when_idempotent() {
    let hits = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = hits.clone();
    let url = raw_server(move |mut s| {
        let n = counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        async move {
            if n > 0 {
                let _ = s
                    .write_all(
                        b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}",
                    )
                    .await;
            }
            // n == 0: close without answering.
            let _ = s.shutdown().await;
        }
    })
    .await;
    let c = core(&url);
    assert_eq!(c.execute::<()>(get("/x", true)).await.unwrap().status, 200);
    assert_eq!(hits.load(std::sync::atomic::Ordering::SeqCst), 2);
    // The same failure on a non-idempotent request is reported, not retried.
    hits.store(0, std::sync::atomic::Ordering::SeqCst);
    assert!(matches!(
        c.execute::<()>(get("/x", false)).await,
        Err(Error::Transport(_))
    ));
    assert_eq!(hits.load(std::sync::atomic::Ordering::SeqCst), 1);
}

#[tokio::test]
async fn sends_form_and_multipart_bodies() {
    use paygen_runtime::{MultipartPart, MultipartValue};
    let server = MockServer::start().await;
    Mock::given(path("/form"))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(body_string("a=1&b=x+y%26z"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    Mock::given(path("/multipart"))
        .and(wiremock::matchers::body_string_contains(
            "name=\"Name\"\r\n\r\ncontract",
        ))
        .and(wiremock::matchers::body_string_contains(
            "filename=\"a.pdf\"",
        ))
        .and(wiremock::matchers::body_string_contains("%PDF-1.4"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let c = core(&server.uri());
    let r = ApiRequest {
        body: RequestBody::Form(vec![("a".into(), "1".into()), ("b".into(), "x y&z".into())]),
        ..ApiRequest::new(Method::POST, "/form", "/form")
    };
    assert_eq!(c.execute::<()>(r).await.unwrap().status, 200);
    let r = ApiRequest {
        body: RequestBody::Multipart(vec![
            MultipartPart {
                name: "Name".into(),
                value: MultipartValue::Text("contract".into()),
            },
            MultipartPart {
                name: "File".into(),
                value: MultipartValue::File {
                    file_name: Some("a.pdf".into()),
                    content_type: Some("application/pdf".into()),
                    data: paygen_runtime::Bytes::from_static(b"%PDF-1.4"),
                },
            },
        ]),
        ..ApiRequest::new(Method::POST, "/multipart", "/multipart")
    };
    assert_eq!(c.execute::<()>(r).await.unwrap().status, 200);
    // A bad header is a configuration error naming the header, not a panic.
    let r = ApiRequest {
        headers: vec![("x-bad".into(), "line\nbreak".into())],
        ..ApiRequest::new(Method::GET, "/form", "/form")
    };
    match c.execute::<()>(r).await {
        Err(Error::Config(e)) => assert!(e.to_string().contains("x-bad"), "{e}"),
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn a_configured_request_id_header_is_read_and_checked_at_build() {
    let server = MockServer::start().await;
    Mock::given(path("/x"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("x-request-id", "fallback")
                .insert_header("x-trace", "trace-7"),
        )
        .mount(&server)
        .await;
    let c = CoreBuilder::new("t")
        .base_url(server.uri())
        .request_id_header("X-Trace")
        .build()
        .unwrap();
    let raw = c.execute::<()>(get("/x", false)).await.unwrap();
    assert_eq!(raw.request_id.as_deref(), Some("trace-7"));
    let bad = CoreBuilder::new("t")
        .base_url(server.uri())
        .request_id_header("x trace")
        .build();
    assert!(
        matches!(bad, Err(paygen_runtime::ConfigError::Header(ref n)) if n == "x trace"),
        "{bad:?}"
    );
}

/// A refused connection keeps reqwest's error as the source, its URL without the query (an
/// API key travels there).
#[tokio::test]
async fn transport_errors_keep_their_source_without_the_query() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    const SEC: &[&[&str]] = &[&["key"]];
    let provider: Arc<dyn AuthProvider> = Arc::new(ApiKey::query("api_key", "sk_live_SECRET"));
    let c = CoreBuilder::new("t")
        .base_url(format!("http://{addr}"))
        .retry(RetryPolicy::none())
        .auth("key", provider)
        .build()
        .unwrap();
    let r = ApiRequest {
        security: SEC,
        ..ApiRequest::new(Method::GET, "/items", "/items?page=2")
    };
    let error = c.execute::<()>(r).await.unwrap_err();
    let Error::Transport(transport) = &error else {
        panic!("expected a transport error, got {error:?}");
    };
    let source = std::error::Error::source(transport).expect("a source");
    let reqwest_error = source
        .downcast_ref::<paygen_runtime::reqwest::Error>()
        .expect("the source is reqwest's error");
    assert!(reqwest_error.is_connect());
    let url = reqwest_error.url().expect("the URL is kept");
    assert_eq!(url.path(), "/items");
    assert_eq!(url.query(), None);
    // The whole chain, as an error reporter prints it, holds no key.
    let mut chain = format!("{error} {error:?}");
    let mut next = std::error::Error::source(&error);
    while let Some(e) = next {
        chain.push_str(&format!(" | {e} {e:?}"));
        next = e.source();
    }
    assert!(!chain.contains("sk_live_SECRET"), "{chain}");
}

/// A deadline bounds the whole call, retries and their waits included; a retry that could not
/// finish in time is not started.
#[tokio::test]
async fn a_deadline_bounds_the_whole_call() {
    let server = MockServer::start().await;
    Mock::given(path("/slow"))
        .respond_with(ResponseTemplate::new(503).set_delay(Duration::from_millis(600)))
        .mount(&server)
        .await;
    Mock::given(path("/later"))
        .respond_with(ResponseTemplate::new(503).insert_header("Retry-After", "30"))
        .mount(&server)
        .await;
    let c = CoreBuilder::new("t")
        .base_url(server.uri())
        .retry(
            RetryPolicy::default()
                .max_attempts(10)
                .initial_backoff(Duration::from_millis(300)),
        )
        .deadline(Some(Duration::from_secs(1)))
        .build()
        .unwrap();
    // Ten attempts of 600 ms would take over 6 s. The call is cut off, or ends with the last
    // 503 when the next wait would pass the deadline (a loaded machine stretches attempts).
    let started = Instant::now();
    let result = c.execute::<()>(get("/slow", true)).await;
    let took = started.elapsed();
    match &result {
        Err(Error::Deadline(d)) => {
            assert_eq!(*d, Duration::from_secs(1));
            assert!(result.unwrap_err().to_string().contains("deadline"));
        }
        Ok(raw) => assert_eq!(raw.status, 503),
        other => panic!("{other:?}"),
    }
    assert!(took < Duration::from_millis(1500), "took {took:?}");
    // Retry-After past the deadline: the 503 comes back at once instead of a 30 s wait.
    let started = Instant::now();
    let raw = c.execute::<()>(get("/later", true)).await.unwrap();
    assert_eq!(raw.status, 503);
    assert!(started.elapsed() < Duration::from_millis(900));
    // A per-call deadline overrides the client's.
    let mut r = get("/slow", true);
    r.options.deadline = Some(Duration::from_millis(300));
    let started = Instant::now();
    let result = c.execute::<()>(r).await;
    assert!(
        matches!(result, Err(Error::Deadline(d)) if d == Duration::from_millis(300)),
        "{result:?}"
    );
    assert!(started.elapsed() < Duration::from_millis(550));
}

/// Redirects are followed on the same origin only: another port never sees the credentials.
#[tokio::test]
async fn redirects_never_carry_credentials_to_another_origin() {
    let api = MockServer::start().await;
    let elsewhere = MockServer::start().await;
    Mock::given(path("/moved"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&elsewhere)
        .await;
    Mock::given(path("/away"))
        .respond_with(
            ResponseTemplate::new(307)
                .insert_header("Location", format!("{}/moved", elsewhere.uri()).as_str()),
        )
        .mount(&api)
        .await;
    Mock::given(path("/old"))
        .respond_with(ResponseTemplate::new(308).insert_header("Location", "/new"))
        .mount(&api)
        .await;
    Mock::given(path("/new"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&api)
        .await;
    const SEC: &[&[&str]] = &[&["basic"], &["key"]];
    let c = CoreBuilder::new("t")
        .base_url(api.uri())
        .auth("basic", Arc::new(Basic::new("user", "pw-SECRET")))
        .build()
        .unwrap();
    let r = |p: &'static str| ApiRequest {
        security: SEC,
        body: RequestBody::Json(br#"{"secret":"body-SECRET"}"#.to_vec()),
        ..ApiRequest::new(Method::POST, p, p)
    };
    let raw = c.execute::<()>(r("/away")).await.unwrap();
    assert_eq!(raw.status, 307, "the redirect is returned, not followed");
    assert_eq!(received(&elsewhere).await, 0);
    // The same origin is still followed, credentials and body included.
    let raw = c.execute::<()>(r("/new")).await.unwrap();
    assert_eq!(raw.status, 200);
    let raw = c.execute::<()>(r("/old")).await.unwrap();
    assert_eq!(raw.status, 200);
    let seen = api.received_requests().await.unwrap();
    let last = seen.last().unwrap();
    assert_eq!(last.url.path(), "/new");
    assert!(last.headers.get("authorization").is_some());
    // An injected client given the same policy behaves the same.
    let http = paygen_runtime::reqwest::Client::builder()
        .redirect(paygen_runtime::redirect_policy())
        .build()
        .unwrap();
    let c = CoreBuilder::new("t")
        .base_url(api.uri())
        .http_client(http)
        .auth("basic", Arc::new(Basic::new("user", "pw-SECRET")))
        .build()
        .unwrap();
    let raw = c.execute::<()>(r("/away")).await.unwrap();
    assert_eq!(raw.status, 307);
    assert_eq!(received(&elsewhere).await, 0);
}
