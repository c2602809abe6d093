//! Payment-grade safety of the generated clients, end to end against loopback mocks:
//! credentials go only to hosts the user chose (never through a redirect to another one), one
//! token refresh per rejected token (in `behaviour.rs`), deadlines bound whole calls, errors
//! keep their source, and traces never show a secret.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use paygen_runtime::{CallOptions, Error};
use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

/// Every secret a test client is given; none may appear where it was not sent.
const SECRETS: [&str; 4] = ["id-SECRET", "pw-SECRET", "cs-SECRET", "at-SECRET"];

/// Every request `server` received, as text (method, URL, headers, body).
async fn seen(server: &MockServer) -> Vec<String> {
    server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .map(|r| {
            format!(
                "{} {} {:?} {}",
                r.method,
                r.url,
                r.headers,
                String::from_utf8_lossy(&r.body)
            )
        })
        .collect()
}

/// One vendor's credential flow, as its generated client wires it.
trait Flow {
    type Client;
    /// Method and path of the token endpoint.
    const TOKEN: (&'static str, &'static str);
    /// Method and path of the API call made.
    const API: (&'static str, &'static str);
    fn token_body() -> Value;
    fn api_body() -> Value;
    /// A client for `base` (its token URL on `base` too when the flow needs one).
    fn client(base: &str) -> Self::Client;
    async fn call(client: &Self::Client) -> Result<(), Error<Value>>;
}

/// Maps a crate's error to one comparable type (only its kind and text matter here).
fn plain<E: std::fmt::Debug>(e: Error<E>) -> Error<Value> {
    e.map_body(|b| Value::String(format!("{b:?}")))
}

struct Arise;
impl Flow for Arise {
    type Client = arise_client::Client;
    const TOKEN: (&'static str, &'static str) = ("POST", "/oauth2/token");
    const API: (&'static str, &'static str) = ("GET", "/pay-int-api/ping");
    fn token_body() -> Value {
        json!({"access_token": "at-SECRET", "token_type": "Bearer", "expires_in": 3600})
    }
    fn api_body() -> Value {
        json!({"authenticated": true})
    }
    fn client(base: &str) -> Self::Client {
        arise_client::Client::builder()
            .base_url(base)
            .token_url(format!("{base}/oauth2/token"))
            .client_credentials("id-SECRET", "cs-SECRET")
            .retry(arise_client::RetryPolicy::none())
            .build()
            .unwrap()
    }
    async fn call(client: &Self::Client) -> Result<(), Error<Value>> {
        client.ping().ping().send().await.map(drop).map_err(plain)
    }
}

struct RiseCrm;
impl Flow for RiseCrm {
    type Client = rise_crm_client::Client;
    const TOKEN: (&'static str, &'static str) = ("POST", "/oauth2/token");
    const API: (&'static str, &'static str) = ("POST", "/v1/boarding/applications/app-1/submit");
    fn token_body() -> Value {
        json!({"access_token": "at-SECRET", "token_type": "Bearer", "expires_in": 3600,
            "refresh_token": "rt-1"})
    }
    fn api_body() -> Value {
        json!({"applicationId": "app-1", "urlForSigning": "https://example.com/sign"})
    }
    fn client(base: &str) -> Self::Client {
        rise_crm_client::Client::builder()
            .base_url(base)
            .token_url(format!("{base}/oauth2/token"))
            .password_grant("id-SECRET", "pw-SECRET", "rise-id", "cs-SECRET")
            .retry(rise_crm_client::RetryPolicy::none())
            .build()
            .unwrap()
    }
    async fn call(client: &Self::Client) -> Result<(), Error<Value>> {
        client
            .boarding()
            .submit_draft_application("app-1")
            .send()
            .await
            .map(drop)
            .map_err(plain)
    }
}

struct Raise;
impl Flow for Raise {
    type Client = raise_client::Client;
    const TOKEN: (&'static str, &'static str) = ("POST", "/tokens");
    const API: (&'static str, &'static str) = ("GET", "/balance");
    fn token_body() -> Value {
        json!({"data": {"type": "tokens", "id": "tok-1", "attributes": {
            "type": "BEARER", "access_token": "at-SECRET", "expires_at": 4102444800i64}}})
    }
    fn api_body() -> Value {
        json!({"data": {"type": "balance", "id": "b-1", "attributes": {
            "available_balance": 1, "reserved_balance": 0, "pending_balance": 0}}})
    }
    fn client(base: &str) -> Self::Client {
        raise_client::Client::builder()
            .base_url(base)
            .basic_auth("id-SECRET", "cs-SECRET")
            .retry(raise_client::RetryPolicy::none())
            .build()
            .unwrap()
    }
    async fn call(client: &Self::Client) -> Result<(), Error<Value>> {
        client
            .balance()
            .get_balance()
            .send()
            .await
            .map(drop)
            .map_err(plain)
    }
}

struct SdkFinance;
impl Flow for SdkFinance {
    type Client = sdk_finance_client::Client;
    const TOKEN: (&'static str, &'static str) = ("POST", "/authorization");
    const API: (&'static str, &'static str) = ("GET", "/coins");
    fn token_body() -> Value {
        json!({"action": "LOGIN", "authorizationToken": {"token": "auth-1", "expiresAt": "2100-01-01T00:00:00Z"},
            "members": [{"role": "INDIVIDUAL", "token": {"token": "at-SECRET", "expiresAt": "2100-01-01T00:00:00Z"}}]})
    }
    fn api_body() -> Value {
        json!({"coins": []})
    }
    fn client(base: &str) -> Self::Client {
        sdk_finance_client::Client::builder()
            .base_url(base)
            .login("id-SECRET", "pw-SECRET")
            .retry(sdk_finance_client::RetryPolicy::none())
            .build()
            .unwrap()
    }
    async fn call(client: &Self::Client) -> Result<(), Error<Value>> {
        client
            .coins()
            .list_coins()
            .send()
            .await
            .map(drop)
            .map_err(plain)
    }
}

/// A server on another port that would accept anything, and shows what reached it.
async fn elsewhere<F: Flow>() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method(F::TOKEN.0))
        .and(path(F::TOKEN.1))
        .respond_with(ResponseTemplate::new(200).set_body_json(F::token_body()))
        .mount(&server)
        .await;
    Mock::given(method(F::API.0))
        .and(path(F::API.1))
        .respond_with(ResponseTemplate::new(200).set_body_json(F::api_body()))
        .mount(&server)
        .await;
    server
}

fn redirect_to(server: &MockServer, p: &str) -> ResponseTemplate {
    ResponseTemplate::new(307).insert_header("Location", format!("{}{p}", server.uri()).as_str())
}

/// The token endpoint redirects to another port: the credentials stay on the host the client
/// was given, and the token request fails rather than follow.
async fn token_redirect_is_not_followed<F: Flow>() {
    let api = MockServer::start().await;
    let other = elsewhere::<F>().await;
    Mock::given(method(F::TOKEN.0))
        .and(path(F::TOKEN.1))
        .respond_with(redirect_to(&other, F::TOKEN.1))
        .mount(&api)
        .await;
    let error = F::call(&F::client(&api.uri())).await.unwrap_err();
    assert!(matches!(error, Error::Auth(_)), "{error:?}");
    let at_api = seen(&api).await;
    assert_eq!(at_api.len(), 1, "the token request went to the chosen host");
    assert!(
        at_api[0].contains(F::TOKEN.1)
            && (at_api[0].contains("SECRET") || at_api[0].contains("Basic ")),
        "{at_api:?}"
    );
    assert_eq!(
        seen(&other).await,
        Vec::<String>::new(),
        "nothing reached the other port"
    );
}

/// The API endpoint redirects to another port: the call ends with the redirect as an API
/// error, and the bearer token never reaches the other port.
async fn api_redirect_is_not_followed<F: Flow>() {
    let api = MockServer::start().await;
    let other = elsewhere::<F>().await;
    Mock::given(method(F::TOKEN.0))
        .and(path(F::TOKEN.1))
        .respond_with(ResponseTemplate::new(200).set_body_json(F::token_body()))
        .mount(&api)
        .await;
    Mock::given(method(F::API.0))
        .and(path(F::API.1))
        .respond_with(redirect_to(&other, F::API.1))
        .mount(&api)
        .await;
    let error = F::call(&F::client(&api.uri())).await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(307), "{error:?}");
    let at_api = seen(&api).await.join("\n");
    assert!(
        at_api.contains("at-SECRET"),
        "the API call carried the token: {at_api}"
    );
    assert_eq!(
        seen(&other).await,
        Vec::<String>::new(),
        "nothing reached the other port"
    );
}

macro_rules! redirect_tests {
    ($($module:ident => $flow:ty),* $(,)?) => {$(
        mod $module {
            use super::*;
            #[tokio::test]
            async fn token_request_redirected_to_another_port_is_not_followed() {
                token_redirect_is_not_followed::<$flow>().await;
            }
            #[tokio::test]
            async fn api_call_redirected_to_another_port_is_not_followed() {
                api_redirect_is_not_followed::<$flow>().await;
            }
        }
    )*};
}

redirect_tests! {
    arise_client_credentials => Arise,
    rise_crm_password_grant => RiseCrm,
    raise_token_exchange => Raise,
    sdk_finance_login => SdkFinance,
}

/// Aurpay's fixed credentials travel in headers of their own (`API-Key`, `API-Token`,
/// `Signature`), which a redirect to another host would carry along by default: none reaches
/// the other port.
#[tokio::test]
async fn aurpay_keys_do_not_follow_a_redirect_to_another_port() {
    let api = MockServer::start().await;
    let other = MockServer::start().await;
    Mock::given(path("/api/v2/wallet"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"code": 0, "data": []})))
        .mount(&other)
        .await;
    Mock::given(path("/api/v2/wallet"))
        .respond_with(redirect_to(&other, "/api/v2/wallet"))
        .mount(&api)
        .await;
    let keyed = aurpay_client::Client::builder()
        .base_url(api.uri())
        .api_key("key-SECRET")
        .build()
        .unwrap();
    let signed = aurpay_client::Client::builder()
        .base_url(api.uri())
        .signature("token-SECRET", "cs-SECRET")
        .build()
        .unwrap();
    for result in [
        keyed.wallets().list_wallets().send().await,
        signed.wallets().list_wallets().send().await,
    ] {
        let error = result.unwrap_err();
        assert_eq!(error.status().map(|s| s.as_u16()), Some(307), "{error:?}");
    }
    let at_api = seen(&api).await.join("\n");
    assert!(at_api.contains("key-SECRET") && at_api.contains("token-SECRET"));
    assert_eq!(
        seen(&other).await,
        Vec::<String>::new(),
        "nothing reached the other port"
    );
}

/// OAuth2 token endpoints live on another host than the API: with a base URL of the user's
/// own and no token URL, `build()` fails and names the setter, instead of sending the client
/// secret to the vendor's token host.
#[test]
fn oauth2_with_a_custom_base_url_needs_an_explicit_token_url() {
    let base = "http://127.0.0.1:9";
    let errors = [
        arise_client::Client::builder()
            .base_url(base)
            .client_credentials("id-SECRET", "cs-SECRET")
            .build()
            .map(drop)
            .map_err(plain),
        rise_crm_client::Client::builder()
            .base_url(base)
            .password_grant("id-SECRET", "pw-SECRET", "rise-id", "cs-SECRET")
            .build()
            .map(drop)
            .map_err(plain),
    ];
    for result in errors {
        let error = result.unwrap_err();
        assert!(matches!(error, Error::Config(_)), "{error:?}");
        let text = error.to_string();
        assert!(text.contains(".token_url("), "{text}");
        assert!(!SECRETS.iter().any(|s| text.contains(s)), "{text}");
    }
    // Choosing the environment explicitly keeps its token URL; a provider of one's own or an
    // explicit token URL need nothing more.
    assert!(arise_client::Client::builder()
        .environment(arise_client::Environment::Sandbox)
        .base_url(base)
        .client_credentials("id", "secret")
        .build()
        .is_ok());
    assert!(arise_client::Client::builder()
        .base_url(base)
        .bearer_provider(paygen_runtime::auth::Bearer::new("t"))
        .build()
        .is_ok());
    assert!(rise_crm_client::Client::builder()
        .base_url(base)
        .token_url(format!("{base}/oauth2/token"))
        .password_grant("u", "p", "id", "secret")
        .build()
        .is_ok());
}

/// Token and login endpoints on the API host follow the chosen base URL: the mock sees them.
#[tokio::test]
async fn token_endpoints_on_the_api_host_follow_the_base_url() {
    async fn check<F: Flow>() {
        let api = elsewhere::<F>().await;
        F::call(&F::client(&api.uri())).await.unwrap();
        let at_api = seen(&api).await;
        assert_eq!(at_api.len(), 2, "{at_api:?}");
        assert!(
            at_api[0].starts_with(&format!("{} ", F::TOKEN.0)),
            "{at_api:?}"
        );
    }
    check::<Raise>().await;
    check::<SdkFinance>().await;
}

/// Answers 503 slowly, forever.
fn slow_unavailable() -> ResponseTemplate {
    ResponseTemplate::new(503)
        .set_body_json(
            json!({"errors": [{"id": "e", "code": "ErrCodeServiceUnavailable", "title": "down"}]}),
        )
        .set_delay(Duration::from_millis(700))
}

fn retrying_raise(base: &str) -> raise_client::ClientBuilder {
    raise_client::Client::builder()
        .base_url(base)
        .bearer_token("fixed")
        .timeout(Duration::from_secs(10))
        .retry(
            raise_client::RetryPolicy::default()
                .max_attempts(8)
                .initial_backoff(Duration::from_millis(500)),
        )
}

/// A 1 s deadline ends the call in about 1 s, where its retries would take far longer (eight
/// attempts of 700 ms plus backoff), per call and client-wide. The call ends either cut off
/// (`Error::Deadline`) or with the last 503 when the next retry's wait would pass the deadline.
#[tokio::test]
async fn a_deadline_ends_the_call_in_time_despite_retries() {
    let server = MockServer::start().await;
    Mock::given(path("/balance"))
        .respond_with(slow_unavailable())
        .mount(&server)
        .await;
    let in_time = |result: &Result<_, raise_client::Error>| match result {
        Err(Error::Deadline(d)) => *d == Duration::from_secs(1),
        Err(e) => e.status().map(|s| s.as_u16()) == Some(503),
        Ok(_) => false,
    };
    let client = retrying_raise(&server.uri()).build().unwrap();
    let started = Instant::now();
    let result = client
        .balance()
        .get_balance()
        .deadline(Duration::from_secs(1))
        .send()
        .await;
    let took = started.elapsed();
    assert!(in_time(&result), "{result:?}");
    assert!(took < Duration::from_secs(3), "took {took:?}");

    let client = retrying_raise(&server.uri())
        .deadline(Duration::from_secs(1))
        .build()
        .unwrap();
    let started = Instant::now();
    let result = client.balance().get_balance().send().await;
    assert!(in_time(&result), "{result:?}");
    assert!(started.elapsed() < Duration::from_secs(3));

    // Shorter than one attempt: always cut off, with a message in the crate's own terms.
    let started = Instant::now();
    let result = client
        .balance()
        .get_balance()
        .deadline(Duration::from_millis(300))
        .send()
        .await;
    assert!(started.elapsed() < Duration::from_secs(2));
    let error = result.unwrap_err();
    assert!(
        matches!(error, Error::Deadline(d) if d == Duration::from_millis(300)),
        "{error:?}"
    );
    let text = error.to_string();
    assert!(
        text.contains("`deadline`") && !text.contains("CoreBuilder"),
        "{text}"
    );
}

/// A failed connection is a transport error whose source is the HTTP stack's error.
#[tokio::test]
async fn transport_errors_expose_their_source() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    let error = raise_client::Client::builder()
        .base_url(format!("http://{addr}"))
        .bearer_token("at-SECRET")
        .retry(raise_client::RetryPolicy::none())
        .build()
        .unwrap()
        .balance()
        .get_balance()
        .send()
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Transport(_)), "{error:?}");
    let mut found = false;
    let mut next = std::error::Error::source(&error);
    while let Some(e) = next {
        found |= e.downcast_ref::<paygen_runtime::reqwest::Error>().is_some();
        assert!(!format!("{e} {e:?}").contains("at-SECRET"));
        next = e.source();
    }
    assert!(found, "reqwest's error is in the source chain of {error:?}");
}

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Answers with the templates in order, then repeats the last one.
struct Sequence(Vec<ResponseTemplate>, AtomicUsize);

impl Respond for Sequence {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.1.fetch_add(1, Ordering::SeqCst);
        self.0[n.min(self.0.len() - 1)].clone()
    }
}

/// A password-grant client whose first token is rejected, whose refresh grant fails with an
/// answer that echoes the refresh token, and which logs in again: at TRACE level, no
/// credential, token or echoed secret appears in the traces.
#[tokio::test]
async fn traces_never_show_secrets() {
    let server = MockServer::start().await;
    let token = |n: u32| {
        ResponseTemplate::new(200).set_body_json(json!({"access_token": format!("at-SECRET-{n}"),
            "token_type": "Bearer", "expires_in": 3600, "refresh_token": format!("rt-SECRET-{n}")}))
    };
    let refused = ResponseTemplate::new(400).set_body_json(
        json!({"error": "invalid_grant", "error_description": "rt-SECRET-1 was revoked"}),
    );
    Mock::given(path("/oauth2/token"))
        .respond_with(Sequence(
            vec![token(1), refused, token(2)],
            AtomicUsize::new(0),
        ))
        .mount(&server)
        .await;
    let ok = ResponseTemplate::new(200).set_body_json(RiseCrm::api_body());
    let unauthorized = ResponseTemplate::new(401).set_body_json(json!({"error": "invalid_token"}));
    Mock::given(path(RiseCrm::API.1))
        .respond_with(Sequence(vec![unauthorized, ok], AtomicUsize::new(0)))
        .mount(&server)
        .await;

    let capture = Capture::default();
    let writer = capture.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let client = RiseCrm::client(&server.uri());
    RiseCrm::call(&client).await.unwrap();

    let at_server = seen(&server).await.join("\n");
    assert!(at_server.contains("rt-SECRET-1") && at_server.contains("pw-SECRET"));
    let out = String::from_utf8(capture.0.lock().unwrap().clone()).unwrap();
    assert!(
        out.contains("paygen.request") && out.contains("status=401"),
        "{out}"
    );
    assert!(out.contains("refresh grant failed"), "{out}");
    for secret in SECRETS.iter().chain(&["rt-SECRET"]) {
        assert!(!out.contains(secret), "{secret} in the traces:\n{out}");
    }
}

/// Aurpay's callback signature covers the date and URL only: the read-back helper takes only
/// the order id from a callback body and returns the order as the API reports it, whatever
/// amount and status the body claims.
#[tokio::test]
async fn a_callback_is_acted_on_through_the_order_read_back() {
    let order = |amount: &str, status: &str| {
        json!({"user_id": "mct-1", "order_id": "ord-1", "order_type": "ORDER", "platform": "AURPAY",
            "status": status, "chain": "BTC", "chain_name": "Bitcoin", "currency": "BTC",
            "amount": amount, "vs_price": "100.0", "vs_currency": "USD", "remark": "",
            "refund": false, "create_time": "2025-02-06T00:00:00", "update_time": "2025-02-06T00:00:00"})
    };
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/api/v2/order/detail/ord-1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(
            json!({"code": 0, "message": "ok", "result": true, "data": order("0.001", "PENDING")}),
        ))
        .mount(&server)
        .await;
    let client = aurpay_client::Client::builder()
        .base_url(server.uri())
        .api_key("key-1")
        .build()
        .unwrap();
    // Altered in transit: a signature over `{date}|{callback_url}` would still verify.
    let tampered = serde_json::to_vec(&order("999", "SUCCESS")).unwrap();
    let read = aurpay_client::callbacks::read_back_order_succeeded(&client, &tampered)
        .await
        .unwrap();
    assert_eq!(read.data.order_id, "ord-1");
    assert_eq!(read.data.amount.to_string(), "0.001");
    assert_eq!(
        read.data.status,
        aurpay_client::models::OrderStatus::Pending
    );
    // Fails closed: a body without the id reads nothing.
    let error =
        aurpay_client::callbacks::read_back_order_timed_out(&client, b"{\"amount\": \"1\"}")
            .await
            .unwrap_err();
    assert!(matches!(error, Error::Callback(_)), "{error:?}");
    assert_eq!(seen(&server).await.len(), 1);
}
