//! The generated clients end to end against wiremock (loopback only): each vendor's credential
//! flow, retries, pagination and errors. The runtime's own tests cover the mechanisms generically;
//! these check that the generated wiring uses them as each vendor's spec says.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use paygen_runtime::CallOptions;
use serde_json::{json, Value};
use wiremock::matchers::{method, path, query_param};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

fn now_unix() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("clock after 1970")
        .as_secs() as i64
}

/// Requests the server received for `method path`.
async fn requests(server: &MockServer, verb: &str, p: &str) -> Vec<Request> {
    server
        .received_requests()
        .await
        .unwrap_or_default()
        .into_iter()
        .filter(|r| r.method.as_str() == verb && r.url.path() == p)
        .collect()
}

fn authorization(request: &Request) -> String {
    request
        .headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string()
}

/// A token endpoint that issues `t1`, `t2`, … (and refresh tokens `r1`, `r2`, …), after `delay`.
struct Tokens {
    issued: AtomicUsize,
    lifetime: i64,
    delay: Duration,
    body: fn(n: usize, lifetime: i64) -> Value,
}

impl Respond for Tokens {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.issued.fetch_add(1, Ordering::SeqCst) + 1;
        ResponseTemplate::new(200)
            .set_body_json((self.body)(n, self.lifetime))
            .set_delay(self.delay)
    }
}

/// An API endpoint that answers 200 with `body`, or 401 to the credentials in `rejected`.
struct Api {
    body: Value,
    rejected: Vec<String>,
}

impl Respond for Api {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        if self.rejected.contains(&authorization(request)) {
            ResponseTemplate::new(401).set_body_json(json!({}))
        } else {
            ResponseTemplate::new(200).set_body_json(self.body.clone())
        }
    }
}

mod auth {
    use super::*;

    /// One vendor's token flow, as its generated client wires it.
    trait Flow {
        type Client;
        /// Method and path of the token endpoint on the mock.
        const TOKEN: (&'static str, &'static str);
        /// Method and path of the API call made.
        const API: (&'static str, &'static str);
        /// `Authorization` value for token `t`.
        fn header(token: &str) -> String;
        /// Token response number `n` living `lifetime` seconds.
        fn token_body(n: usize, lifetime: i64) -> Value;
        /// A valid answer of the API call.
        fn api_body() -> Value;
        fn client(base: &str) -> Self::Client;
        async fn call(client: &Self::Client) -> Result<(), String>;
    }

    struct Raise;
    impl Flow for Raise {
        type Client = raise_client::Client;
        const TOKEN: (&'static str, &'static str) = ("POST", "/tokens");
        const API: (&'static str, &'static str) = ("GET", "/balance");
        fn header(token: &str) -> String {
            format!("Bearer {token}")
        }
        fn token_body(n: usize, lifetime: i64) -> Value {
            json!({"data": {"type": "tokens", "id": format!("tok-{n}"), "attributes": {
                "type": "BEARER", "access_token": format!("t{n}"), "expires_at": now_unix() + lifetime}}})
        }
        fn api_body() -> Value {
            json!({"data": {"type": "balance", "id": "c7770f32-0034-4562-b504-a1b46d21072c",
                "attributes": {"available_balance": 100000, "reserved_balance": 2500, "pending_balance": 0}}})
        }
        fn client(base: &str) -> Self::Client {
            raise_client::Client::builder()
                .base_url(base)
                .basic_auth("raise-id", "raise-secret")
                .retry(raise_client::RetryPolicy::none())
                .build()
                .unwrap()
        }
        async fn call(client: &Self::Client) -> Result<(), String> {
            client
                .balance()
                .get_balance()
                .send()
                .await
                .map(drop)
                .map_err(|e| format!("{e:?}"))
        }
    }

    struct Arise;
    impl Flow for Arise {
        type Client = arise_client::Client;
        const TOKEN: (&'static str, &'static str) = ("POST", "/oauth2/token");
        const API: (&'static str, &'static str) = ("GET", "/pay-int-api/ping");
        fn header(token: &str) -> String {
            format!("Bearer {token}")
        }
        fn token_body(n: usize, lifetime: i64) -> Value {
            json!({"access_token": format!("t{n}"), "token_type": "Bearer", "expires_in": lifetime})
        }
        fn api_body() -> Value {
            json!({"authenticated": true})
        }
        fn client(base: &str) -> Self::Client {
            arise_client::Client::builder()
                .base_url(base)
                .token_url(format!("{base}/oauth2/token"))
                .client_credentials("arise-id", "arise-secret")
                .retry(arise_client::RetryPolicy::none())
                .build()
                .unwrap()
        }
        async fn call(client: &Self::Client) -> Result<(), String> {
            client
                .ping()
                .ping()
                .send()
                .await
                .map(drop)
                .map_err(|e| format!("{e:?}"))
        }
    }

    struct RiseCrm;
    impl Flow for RiseCrm {
        type Client = rise_crm_client::Client;
        const TOKEN: (&'static str, &'static str) = ("POST", "/oauth2/token");
        const API: (&'static str, &'static str) =
            ("POST", "/v1/boarding/applications/app-1/submit");
        fn header(token: &str) -> String {
            format!("Bearer {token}")
        }
        fn token_body(n: usize, lifetime: i64) -> Value {
            json!({"access_token": format!("t{n}"), "token_type": "Bearer", "expires_in": lifetime,
                "refresh_token": format!("r{n}")})
        }
        fn api_body() -> Value {
            json!({"applicationId": "app-1", "urlForSigning": "https://example.com/sign"})
        }
        fn client(base: &str) -> Self::Client {
            rise_crm_client::Client::builder()
                .base_url(base)
                .token_url(format!("{base}/oauth2/token"))
                .password_grant("user@example.com", "password", "rise-id", "rise-secret")
                .retry(rise_crm_client::RetryPolicy::none())
                .build()
                .unwrap()
        }
        async fn call(client: &Self::Client) -> Result<(), String> {
            client
                .boarding()
                .submit_draft_application("app-1")
                .send()
                .await
                .map(drop)
                .map_err(|e| format!("{e:?}"))
        }
    }

    struct SdkFinance;
    impl Flow for SdkFinance {
        type Client = sdk_finance_client::Client;
        const TOKEN: (&'static str, &'static str) = ("POST", "/authorization");
        const API: (&'static str, &'static str) = ("GET", "/coins");
        fn header(token: &str) -> String {
            format!("TOKEN {token}")
        }
        fn token_body(n: usize, lifetime: i64) -> Value {
            let expires = time::OffsetDateTime::now_utc() + time::Duration::seconds(lifetime);
            let expires = expires
                .format(&time::format_description::well_known::Rfc3339)
                .unwrap();
            json!({"action": "LOGIN", "authorizationToken": {"token": format!("auth-{n}"), "expiresAt": expires},
                "members": [{"role": "INDIVIDUAL", "token": {"token": format!("t{n}"), "expiresAt": expires}}]})
        }
        fn api_body() -> Value {
            json!({"coins": []})
        }
        fn client(base: &str) -> Self::Client {
            sdk_finance_client::Client::builder()
                .base_url(base)
                .login("user@example.com", "password")
                .retry(sdk_finance_client::RetryPolicy::none())
                .build()
                .unwrap()
        }
        async fn call(client: &Self::Client) -> Result<(), String> {
            client
                .coins()
                .list_coins()
                .send()
                .await
                .map(drop)
                .map_err(|e| format!("{e:?}"))
        }
    }

    async fn mock<F: Flow>(lifetime: i64, delay: Duration, rejected: &[&str]) -> MockServer {
        let server = MockServer::start().await;
        Mock::given(method(F::TOKEN.0))
            .and(path(F::TOKEN.1))
            .respond_with(Tokens {
                issued: AtomicUsize::new(0),
                lifetime,
                delay,
                body: F::token_body,
            })
            .mount(&server)
            .await;
        let rejected = rejected.iter().map(|t| F::header(t)).collect();
        Mock::given(method(F::API.0))
            .and(path(F::API.1))
            .respond_with(Api {
                body: F::api_body(),
                rejected,
            })
            .mount(&server)
            .await;
        server
    }

    async fn api_credentials<F: Flow>(server: &MockServer) -> Vec<String> {
        requests(server, F::API.0, F::API.1)
            .await
            .iter()
            .map(authorization)
            .collect()
    }

    /// A token is reused while valid and fetched again once it has expired.
    async fn expiry_and_refresh<F: Flow>() {
        let server = mock::<F>(1, Duration::ZERO, &[]).await;
        let client = F::client(&server.uri());
        F::call(&client).await.unwrap();
        tokio::time::sleep(Duration::from_millis(1100)).await;
        F::call(&client).await.unwrap();
        assert_eq!(requests(&server, F::TOKEN.0, F::TOKEN.1).await.len(), 2);
        assert_eq!(
            api_credentials::<F>(&server).await,
            [F::header("t1"), F::header("t2")]
        );
    }

    /// 50 calls at once share one token request.
    async fn single_flight<F: Flow>() {
        let server = mock::<F>(3600, Duration::from_millis(200), &[]).await;
        let client = F::client(&server.uri());
        let results = futures::future::join_all((0..50).map(|_| F::call(&client))).await;
        assert!(results.iter().all(Result::is_ok), "{results:?}");
        assert_eq!(requests(&server, F::TOKEN.0, F::TOKEN.1).await.len(), 1);
        assert_eq!(
            api_credentials::<F>(&server).await,
            vec![F::header("t1"); 50]
        );
    }

    /// A 401 drops the token, fetches a fresh one and retries once, and only once.
    async fn unauthorized_refreshes_once<F: Flow>() {
        let server = mock::<F>(3600, Duration::ZERO, &["t1"]).await;
        let client = F::client(&server.uri());
        F::call(&client).await.unwrap();
        assert_eq!(requests(&server, F::TOKEN.0, F::TOKEN.1).await.len(), 2);
        assert_eq!(
            api_credentials::<F>(&server).await,
            [F::header("t1"), F::header("t2")]
        );

        let server = mock::<F>(3600, Duration::ZERO, &["t1", "t2", "t3"]).await;
        let client = F::client(&server.uri());
        let error = F::call(&client).await.unwrap_err();
        assert!(error.contains("401"), "{error}");
        assert_eq!(
            api_credentials::<F>(&server).await.len(),
            2,
            "exactly one retry after a 401"
        );
    }

    /// An API endpoint whose tokens the server can revoke; a rejection is answered after a
    /// delay that grows with each one, so 401s to an old token keep arriving after a new token
    /// has been fetched (the race a careless cache loses).
    struct Revocable {
        body: Value,
        revoked: std::sync::Arc<std::sync::Mutex<Vec<String>>>,
        rejections: AtomicUsize,
    }

    impl Respond for Revocable {
        fn respond(&self, request: &Request) -> ResponseTemplate {
            let revoked = self
                .revoked
                .lock()
                .unwrap()
                .contains(&authorization(request));
            if revoked {
                let n = self.rejections.fetch_add(1, Ordering::SeqCst) as u64;
                ResponseTemplate::new(401)
                    .set_body_json(json!({}))
                    .set_delay(Duration::from_millis(5 * n))
            } else {
                ResponseTemplate::new(200).set_body_json(self.body.clone())
            }
        }
    }

    /// After the server revokes the token, 50 calls at once get 401s and make exactly one
    /// token request between them; every call then succeeds with the new token.
    async fn one_refresh_per_revoked_token<F: Flow>() {
        let server = MockServer::start().await;
        Mock::given(method(F::TOKEN.0))
            .and(path(F::TOKEN.1))
            .respond_with(Tokens {
                issued: AtomicUsize::new(0),
                lifetime: 3600,
                delay: Duration::ZERO,
                body: F::token_body,
            })
            .mount(&server)
            .await;
        let revoked = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        Mock::given(method(F::API.0))
            .and(path(F::API.1))
            .respond_with(Revocable {
                body: F::api_body(),
                revoked: revoked.clone(),
                rejections: AtomicUsize::new(0),
            })
            .mount(&server)
            .await;
        let client = F::client(&server.uri());
        F::call(&client).await.unwrap();
        assert_eq!(requests(&server, F::TOKEN.0, F::TOKEN.1).await.len(), 1);
        revoked.lock().unwrap().push(F::header("t1"));
        let results = futures::future::join_all((0..50).map(|_| F::call(&client))).await;
        assert!(results.iter().all(Result::is_ok), "{results:?}");
        assert_eq!(
            requests(&server, F::TOKEN.0, F::TOKEN.1).await.len(),
            2,
            "one token request after the revocation"
        );
        let sent = api_credentials::<F>(&server).await;
        assert_eq!(sent.iter().filter(|h| **h == F::header("t2")).count(), 50);
    }

    macro_rules! flow_tests {
        ($($module:ident => $flow:ty),* $(,)?) => {$(
            mod $module {
                use super::*;
                #[tokio::test]
                async fn token_expiry_and_refresh() {
                    expiry_and_refresh::<$flow>().await;
                }
                #[tokio::test]
                async fn fifty_concurrent_calls_make_one_token_request() {
                    single_flight::<$flow>().await;
                }
                #[tokio::test]
                async fn unauthorized_gets_a_fresh_token_and_one_retry() {
                    unauthorized_refreshes_once::<$flow>().await;
                }
                #[tokio::test]
                async fn a_revoked_token_is_refreshed_once_for_fifty_calls() {
                    one_refresh_per_revoked_token::<$flow>().await;
                }
            }
        )*};
    }

    flow_tests! {
        raise => Raise,
        arise => Arise,
        rise_crm => RiseCrm,
        sdk_finance => SdkFinance,
    }

    /// Rise CRM's refresh tokens rotate: an expired token is renewed with the refresh grant and
    /// the latest refresh token.
    #[tokio::test]
    async fn rise_crm_refreshes_with_the_rotated_refresh_token() {
        let server = mock::<RiseCrm>(1, Duration::ZERO, &[]).await;
        let client = RiseCrm::client(&server.uri());
        for _ in 0..3 {
            RiseCrm::call(&client).await.unwrap();
            tokio::time::sleep(Duration::from_millis(1100)).await;
        }
        let bodies: Vec<String> = requests(&server, "POST", "/oauth2/token")
            .await
            .iter()
            .map(|r| String::from_utf8_lossy(&r.body).into_owned())
            .collect();
        assert_eq!(bodies.len(), 3, "{bodies:?}");
        assert!(
            bodies[0].contains("grant_type=password") && bodies[0].contains("scope=offline_access"),
            "{}",
            bodies[0]
        );
        assert!(
            bodies[1].contains("grant_type=refresh_token")
                && bodies[1].contains("refresh_token=r1"),
            "{}",
            bodies[1]
        );
        assert!(bodies[2].contains("refresh_token=r2"), "{}", bodies[2]);
    }

    /// Aurpay: fixed key and HMAC signature; a 401 is not retried (nothing to refresh).
    #[tokio::test]
    async fn aurpay_api_key_and_signature() {
        let server = MockServer::start().await;
        let body = json!({"code": 0, "message": "ok", "data": [], "result": true});
        Mock::given(path("/api/v2/wallet"))
            .respond_with(ResponseTemplate::new(200).set_body_json(body))
            .mount(&server)
            .await;
        let keyed = aurpay_client::Client::builder()
            .base_url(server.uri())
            .api_key("key-1")
            .build()
            .unwrap();
        keyed.wallets().list_wallets().send().await.unwrap();
        let signed = aurpay_client::Client::builder()
            .base_url(server.uri())
            .signature("token-1", "secret-1")
            .build()
            .unwrap();
        signed.wallets().list_wallets().send().await.unwrap();
        let seen = requests(&server, "GET", "/api/v2/wallet").await;
        assert_eq!(seen[0].headers.get("api-key").unwrap(), "key-1");
        let header = |name: &str| {
            seen[1]
                .headers
                .get(name)
                .map(|v| v.to_str().unwrap().to_string())
                .unwrap_or_default()
        };
        assert_eq!(header("api-token"), "token-1");
        // wiremock reports the URL with its own host name; the client signed the one it called.
        let url = format!("{}{}", server.uri(), seen[1].url.path());
        let message = format!("{}|GET|{url}|", header("date"));
        paygen_runtime::callback::verify_hmac_sha256_base64(
            b"secret-1",
            message.as_bytes(),
            &header("signature"),
        )
        .unwrap_or_else(|e| panic!("signature of {message:?}: {e:?}"));

        let server = MockServer::start().await;
        Mock::given(path("/api/v2/wallet"))
            .respond_with(ResponseTemplate::new(401))
            .mount(&server)
            .await;
        let keyed = aurpay_client::Client::builder()
            .base_url(server.uri())
            .api_key("key-1")
            .build()
            .unwrap();
        let error = keyed.wallets().list_wallets().send().await.unwrap_err();
        assert_eq!(error.status().map(|s| s.as_u16()), Some(401));
        assert_eq!(requests(&server, "GET", "/api/v2/wallet").await.len(), 1);
    }
}

/// A Raise client with a fixed bearer token (Basic for the customer-auth calls) and quick retries.
fn raise(base: &str) -> raise_client::Client {
    raise_client::Client::builder()
        .base_url(base)
        .bearer_token("fixed")
        .basic_auth("raise-id", "raise-secret")
        .retry(raise_client::RetryPolicy::default().initial_backoff(Duration::from_millis(10)))
        .build()
        .unwrap()
}

fn balance() -> Value {
    json!({"data": {"type": "balance", "id": "b-1", "attributes": {"available_balance": 100, "reserved_balance": 0, "pending_balance": 0}}})
}

/// Answers with the statuses in order, then repeats the last one.
struct Sequence(Vec<ResponseTemplate>, AtomicUsize);

impl Sequence {
    fn new(templates: Vec<ResponseTemplate>) -> Sequence {
        Sequence(templates, AtomicUsize::new(0))
    }
}

impl Respond for Sequence {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        let n = self.1.fetch_add(1, Ordering::SeqCst);
        self.0[n.min(self.0.len() - 1)].clone()
    }
}

mod retries {
    use super::*;

    fn unavailable() -> ResponseTemplate {
        ResponseTemplate::new(503).set_body_json(
            json!({"errors": [{"id": "e", "code": "ErrCodeServiceUnavailable", "title": "down"}]}),
        )
    }

    #[tokio::test]
    async fn two_503s_then_200_succeeds_on_the_third_attempt() {
        let server = MockServer::start().await;
        let ok = ResponseTemplate::new(200).set_body_json(balance());
        Mock::given(path("/balance"))
            .respond_with(Sequence::new(vec![unavailable(), unavailable(), ok]))
            .mount(&server)
            .await;
        let body = raise(&server.uri())
            .balance()
            .get_balance()
            .send()
            .await
            .unwrap();
        assert_eq!(body.data.id, "b-1");
        assert_eq!(requests(&server, "GET", "/balance").await.len(), 3);
    }

    #[tokio::test]
    async fn retry_after_is_honoured() {
        let server = MockServer::start().await;
        let ok = ResponseTemplate::new(200).set_body_json(balance());
        let wait = unavailable().insert_header("Retry-After", "1");
        Mock::given(path("/balance"))
            .respond_with(Sequence::new(vec![wait, ok]))
            .mount(&server)
            .await;
        let started = Instant::now();
        raise(&server.uri())
            .balance()
            .get_balance()
            .send()
            .await
            .unwrap();
        assert!(
            started.elapsed() >= Duration::from_millis(950),
            "waited only {:?}",
            started.elapsed()
        );
        assert_eq!(requests(&server, "GET", "/balance").await.len(), 2);
    }

    #[tokio::test]
    async fn post_without_idempotency_key_is_not_retried() {
        let server = MockServer::start().await;
        Mock::given(path("/auth/methods"))
            .respond_with(unavailable())
            .mount(&server)
            .await;
        let body: raise_client::models::AuthMethodRequest =
            serde_json::from_value(json!({"data": {"type": "auth/methods",
            "attributes": {"type": "SR25519_KEY_PAIR", "method": "0x8ca7"}}}))
            .unwrap();
        let error = raise(&server.uri())
            .auth()
            .create_auth_method("customer-1", body)
            .send()
            .await
            .unwrap_err();
        assert_eq!(error.status().map(|s| s.as_u16()), Some(503), "{error:?}");
        assert_eq!(requests(&server, "POST", "/auth/methods").await.len(), 1);
    }

    /// The idempotency key is checked per request: an empty one makes the POST unsafe to send
    /// twice, so it is sent once.
    #[tokio::test]
    async fn post_with_an_empty_idempotency_key_is_not_retried() {
        let server = MockServer::start().await;
        Mock::given(path("/transactions"))
            .respond_with(unavailable())
            .mount(&server)
            .await;
        let body: raise_client::models::TransactionCreateRequest = serde_json::from_value(json!({"data": {"type": "transactions", "attributes": {
            "cards": [{"brand_id": "dd231d64-4b34-48e0-b6a7-ca1faab219a1", "value": 2500, "quantity": 1}],
            "customer": {"id": "c-1"}, "client_order_id": ""}}}))
        .unwrap();
        let error = raise(&server.uri())
            .transactions()
            .create_transaction(body)
            .send()
            .await
            .unwrap_err();
        assert_eq!(error.status().map(|s| s.as_u16()), Some(503), "{error:?}");
        assert_eq!(requests(&server, "POST", "/transactions").await.len(), 1);
    }

    #[tokio::test]
    async fn post_with_idempotency_key_is_retried() {
        let server = MockServer::start().await;
        let created = ResponseTemplate::new(201)
            .set_body_json(json!({"data": {"type": "transactions", "id": "tx-1",
            "attributes": {"state": "COMPLETED", "client_order_id": "order-1"}}}));
        Mock::given(path("/transactions"))
            .respond_with(Sequence::new(vec![unavailable(), created]))
            .mount(&server)
            .await;
        let body: raise_client::models::TransactionCreateRequest = serde_json::from_value(json!({"data": {"type": "transactions", "attributes": {
            "cards": [{"brand_id": "dd231d64-4b34-48e0-b6a7-ca1faab219a1", "value": 2500, "quantity": 1}],
            "customer": {"id": "c-1"}, "client_order_id": "order-1"}}}))
        .unwrap();
        let result = raise(&server.uri())
            .transactions()
            .create_transaction(body)
            .send()
            .await;
        assert!(result.is_ok(), "{result:?}");
        assert_eq!(requests(&server, "POST", "/transactions").await.len(), 2);
    }

    #[tokio::test]
    async fn the_attempt_cap_holds() {
        let server = MockServer::start().await;
        Mock::given(path("/balance"))
            .respond_with(unavailable())
            .mount(&server)
            .await;
        let error = raise(&server.uri())
            .balance()
            .get_balance()
            .send()
            .await
            .unwrap_err();
        assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
        assert_eq!(
            requests(&server, "GET", "/balance").await.len(),
            3,
            "default: 3 attempts"
        );

        let server = MockServer::start().await;
        Mock::given(path("/balance"))
            .respond_with(unavailable())
            .mount(&server)
            .await;
        let policy = raise_client::RetryPolicy::default()
            .max_attempts(5)
            .initial_backoff(Duration::from_millis(5));
        let error = raise(&server.uri())
            .balance()
            .get_balance()
            .retry(policy)
            .send()
            .await
            .unwrap_err();
        assert_eq!(error.status().map(|s| s.as_u16()), Some(503));
        assert_eq!(
            requests(&server, "GET", "/balance").await.len(),
            5,
            "per-call cap"
        );
    }
}

mod pagination {
    use super::*;
    use futures::TryStreamExt;

    fn brand(id: usize) -> Value {
        json!({"type": "brands", "id": format!("brand-{id}"), "attributes": {"name": format!("Brand {id}")}})
    }

    async fn page(server: &MockServer, number: &str, ids: &[usize], total: usize) {
        let body = json!({"data": ids.iter().map(|i| brand(*i)).collect::<Vec<_>>(), "meta": {"total_results": total}});
        Mock::given(path("/brands"))
            .and(query_param("page[number]", number))
            .respond_with(ResponseTemplate::new(200).set_body_json(body))
            .mount(server)
            .await;
    }

    #[tokio::test]
    async fn raise_brands_across_three_pages() {
        let server = MockServer::start().await;
        page(&server, "0", &[1, 2], 5).await;
        page(&server, "1", &[3, 4], 5).await;
        page(&server, "2", &[5], 5).await;
        let client = raise(&server.uri());
        let brands: Vec<_> = client
            .brands()
            .list_brands()
            .page_size(2)
            .into_stream()
            .try_collect()
            .await
            .unwrap();
        let ids: Vec<_> = brands.iter().map(|b| b.id.as_str()).collect();
        assert_eq!(ids, ["brand-1", "brand-2", "brand-3", "brand-4", "brand-5"]);
        let seen = requests(&server, "GET", "/brands").await;
        assert_eq!(seen.len(), 3, "stops once total_results items were seen");
        assert!(
            seen.iter()
                .all(|r| r.url.query().unwrap_or("").contains("page%5Bsize%5D=2")),
            "{:?}",
            seen[0].url
        );
    }

    #[tokio::test]
    async fn an_empty_last_page_ends_the_stream() {
        let server = MockServer::start().await;
        page(&server, "0", &[1, 2], 100).await;
        page(&server, "1", &[3, 4], 100).await;
        page(&server, "2", &[], 100).await;
        let client = raise(&server.uri());
        let brands: Vec<_> = client
            .brands()
            .list_brands()
            .page_size(2)
            .into_stream()
            .try_collect()
            .await
            .unwrap();
        assert_eq!(brands.len(), 4);
        assert_eq!(requests(&server, "GET", "/brands").await.len(), 3);
    }
}

mod errors {
    use super::*;
    use paygen_runtime::Error;

    async fn respond_once(template: ResponseTemplate) -> MockServer {
        let server = MockServer::start().await;
        Mock::given(wiremock::matchers::any())
            .respond_with(template)
            .mount(&server)
            .await;
        server
    }

    #[tokio::test]
    async fn raise_error_document_decodes() {
        let body = json!({"errors": [{"id": "ef1a745c-fe31-4df7-a9dd-5893aa66aefe", "code": "ErrCodeBadRequest",
            "title": "Request is bad", "detail": "Invalid brand uuid in request"}]});
        let server = respond_once(ResponseTemplate::new(400).set_body_json(body)).await;
        match raise(&server.uri()).brands().get_brand("x").send().await {
            Err(Error::Api(api)) => {
                assert_eq!(api.status, 400);
                let body = api.body.expect("typed body");
                assert_eq!(
                    body.errors[0].code,
                    raise_client::models::ErrorCode::ErrCodeBadRequest
                );
                assert_eq!(
                    body.errors[0].detail.as_deref(),
                    Some("Invalid brand uuid in request")
                );
            }
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn arise_error_response_decodes() {
        let body = json!({"errors": {"Email": ["'Email' is not a valid email address."]}, "statusCode": 400,
            "source": "<Service>", "exceptionType": "FluentValidation.ValidationException",
            "correlationId": "f2a3b4c5-d6e7-4f8a-9b0c-1d2e3f4a5b81"});
        let server = respond_once(ResponseTemplate::new(400).set_body_json(body)).await;
        let client = arise_client::Client::builder()
            .base_url(server.uri())
            .bearer_provider(paygen_runtime::auth::Bearer::new("t"))
            .build()
            .unwrap();
        match client.ping().ping().send().await {
            Err(Error::Api(api)) => {
                let body = api.body.expect("typed body");
                assert_eq!(body.status_code, Some(400));
                assert_eq!(
                    body.exception_type.as_deref(),
                    Some("FluentValidation.ValidationException")
                );
                assert_eq!(body.errors.unwrap()["Email"].len(), 1);
            }
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn aurpay_envelope_error_decodes_even_with_status_200() {
        let body =
            json!({"code": 10001, "message": "Invalid API key", "result": false, "data": null});
        let server = respond_once(ResponseTemplate::new(200).set_body_json(body)).await;
        let client = aurpay_client::Client::builder()
            .base_url(server.uri())
            .api_key("k")
            .build()
            .unwrap();
        match client.wallets().list_wallets().send().await {
            Err(Error::Api(api)) => {
                assert_eq!(api.status, 200);
                let body = api.body.expect("typed body");
                assert_eq!(body.code, 10001);
                assert_eq!(body.message.as_deref(), Some("Invalid API key"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn aurpay_envelope_error_ends_a_page_walk_as_an_api_error() {
        // Without the page check the walk would report a page without items (a decode error).
        let body = json!({"code": 10001, "message": "Invalid API key", "data": null});
        let server = respond_once(ResponseTemplate::new(200).set_body_json(body)).await;
        let client = aurpay_client::Client::builder()
            .base_url(server.uri())
            .api_key("k")
            .build()
            .unwrap();
        let items: Vec<_> =
            futures::StreamExt::collect(client.order().list_orders().into_stream()).await;
        match items.as_slice() {
            [Err(Error::Api(api))] => {
                assert_eq!(api.status, 200);
                assert_eq!(api.body.as_ref().expect("typed body").code, 10001);
            }
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn rise_crm_error_body_is_kept_as_json() {
        let body =
            json!({"error": "invalid_request", "error_description": "applicationId is unknown"});
        let server = respond_once(ResponseTemplate::new(404).set_body_json(body.clone())).await;
        let client = rise_crm_client::Client::builder()
            .base_url(server.uri())
            .rise_o_auth_provider(paygen_runtime::auth::Bearer::new("t"))
            .build()
            .unwrap();
        match client
            .boarding()
            .submit_draft_application("nope")
            .send()
            .await
        {
            Err(Error::Api(api)) => {
                assert_eq!(api.status, 404);
                assert_eq!(api.body, Some(body));
            }
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn sdk_finance_error_response_decodes() {
        let body = json!({"code": "exception.confirmation_code.not_found", "message": "Code not found",
            "errors": [], "mdcId": "mdc-1"});
        let server = respond_once(ResponseTemplate::new(404).set_body_json(body)).await;
        let client = sdk_finance_client::Client::builder()
            .base_url(server.uri())
            .token_auth_provider(
                paygen_runtime::auth::ApiKey::header("Authorization", "t").prefix("TOKEN"),
            )
            .build()
            .unwrap();
        match client.coins().list_coins().send().await {
            Err(Error::Api(api)) => {
                let body = api.body.expect("typed body");
                assert_eq!(body.code, "exception.confirmation_code.not_found");
                assert_eq!(body.mdc_id.as_deref(), Some("mdc-1"));
            }
            other => panic!("{other:?}"),
        }
    }

    fn no_retry(base: &str, timeout: Duration) -> raise_client::Client {
        raise_client::Client::builder()
            .base_url(base)
            .bearer_token("fixed")
            .retry(raise_client::RetryPolicy::none())
            .timeout(timeout)
            .build()
            .unwrap()
    }

    async fn get_balance(
        base: &str,
    ) -> Result<raise_client::models::BalanceDocument, raise_client::Error> {
        no_retry(base, Duration::from_secs(10))
            .balance()
            .get_balance()
            .send()
            .await
    }

    #[tokio::test]
    async fn broken_bodies_are_decode_errors() {
        let html = "<html><body><h1>Maintenance</h1></body></html>";
        let big = format!("{{\"data\": \"{}\"}}", "x".repeat(10 * 1024 * 1024));
        let cases = [
            (
                "malformed JSON",
                ResponseTemplate::new(200).set_body_raw("{\"data\": {,}", "application/json"),
            ),
            (
                "wrong content type",
                ResponseTemplate::new(200).set_body_raw(html, "text/html"),
            ),
            ("empty body", ResponseTemplate::new(200)),
            (
                "10 MB body",
                ResponseTemplate::new(200).set_body_raw(big, "application/json"),
            ),
        ];
        for (case, template) in cases {
            let server = respond_once(template).await;
            match get_balance(&server.uri()).await {
                Err(Error::Decode(d)) => {
                    assert!(
                        d.excerpt.len() <= paygen_runtime::EXCERPT_LIMIT + 3,
                        "{case}: excerpt too long"
                    );
                    if case == "wrong content type" {
                        assert!(d.message.contains("text/html"), "{case}: {}", d.message);
                    }
                }
                other => panic!("{case}: expected a decode error, got {other:?}"),
            }
        }
    }

    #[tokio::test]
    async fn html_error_page_is_an_api_error_without_typed_body() {
        let html = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        let server = respond_once(ResponseTemplate::new(502).set_body_raw(html, "text/html")).await;
        match get_balance(&server.uri()).await {
            Err(Error::Api(api)) => {
                assert_eq!(api.status, 502);
                assert!(api.body.is_none());
                assert_eq!(&api.raw[..], html.as_bytes());
            }
            other => panic!("{other:?}"),
        }
    }

    /// A server that writes `response` and then waits or hangs up.
    async fn raw_server(response: &'static [u8], hold: Duration) -> String {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            while let Ok((mut socket, _)) = listener.accept().await {
                tokio::spawn(async move {
                    let mut buf = [0u8; 4096];
                    let _ = socket.read(&mut buf).await;
                    let _ = socket.write_all(response).await;
                    tokio::time::sleep(hold).await;
                    let _ = socket.shutdown().await;
                });
            }
        });
        format!("http://{addr}")
    }

    #[tokio::test]
    async fn truncated_body_is_a_transport_error() {
        let url = raw_server(
            b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 200\r\n\r\n{\"data\": {\"type\": \"bal",
            Duration::ZERO,
        )
        .await;
        let result = get_balance(&url).await;
        assert!(matches!(result, Err(Error::Transport(_))), "{result:?}");
    }

    #[tokio::test]
    async fn response_slower_than_the_timeout_is_a_timeout() {
        let url = raw_server(
            b"HTTP/1.1 200 OK\r\ncontent-length: 200\r\n\r\n{\"data\":",
            Duration::from_secs(5),
        )
        .await;
        let result = no_retry(&url, Duration::from_millis(300))
            .balance()
            .get_balance()
            .send()
            .await;
        assert!(
            matches!(result, Err(Error::Timeout(d)) if d == Duration::from_millis(300)),
            "{result:?}"
        );

        let server = respond_once(
            ResponseTemplate::new(200)
                .set_body_json(balance())
                .set_delay(Duration::from_secs(3)),
        )
        .await;
        let result = no_retry(&server.uri(), Duration::from_millis(300))
            .balance()
            .get_balance()
            .send()
            .await;
        assert!(matches!(result, Err(Error::Timeout(_))), "{result:?}");
    }
}

/// A mock answering `POST path` with `reply`, and a breadth-fixture client pointed at it.
async fn breadth_server(p: &str, reply: ResponseTemplate) -> (MockServer, fixture_breadth::Client) {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(p))
        .respond_with(reply)
        .mount(&server)
        .await;
    let client = fixture_breadth::Client::builder()
        .base_url(server.uri())
        .build()
        .unwrap();
    (server, client)
}

/// A form body whose spec gives an `encoding` per field sends each field in that style.
#[tokio::test]
async fn form_fields_are_sent_as_their_encoding_says() {
    use fixture_breadth::models::ImportItemsRequest;
    let (server, client) = breadth_server("/imports", ResponseTemplate::new(204)).await;
    let body = ImportItemsRequest::new("batch 1")
        .meta([("source".to_string(), "api".to_string())].into())
        .ids(vec!["a".into(), "b".into()])
        .labels(vec!["x".into(), "y".into()])
        .filter([("status".to_string(), "open".to_string())].into());
    client.notes().import_items(body).send().await.unwrap();

    let sent = requests(&server, "POST", "/imports").await;
    assert_eq!(sent.len(), 1);
    assert_eq!(
        sent[0]
            .headers
            .get("content-type")
            .and_then(|v| v.to_str().ok()),
        Some("application/x-www-form-urlencoded")
    );
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(&sent[0].body)
        .into_owned()
        .collect();
    let expect = |k: &str, v: &str| (k.to_string(), v.to_string());
    assert_eq!(
        pairs,
        vec![
            expect("name", "batch 1"),
            expect("meta", r#"{"source":"api"}"#),
            expect("ids", "a,b"),
            expect("labels", "x|y"),
            expect("status", "open"),
        ]
    );
}

/// A body with several media types: the preferred one (JSON) through the operation's method, the
/// others through methods of their own that share its response types.
#[tokio::test]
async fn each_body_media_type_has_its_own_method() {
    use fixture_breadth::models::{CreateItemResponse, ItemForm};
    let reply = ResponseTemplate::new(202).set_body_json(json!({"job_id": "j1"}));
    let (server, client) = breadth_server("/items", reply).await;
    let body = ItemForm::new("lamp").metadata([("colour".to_string(), "red".to_string())].into());
    let json_reply = client
        .items()
        .create_item(body.clone())
        .send()
        .await
        .unwrap();
    let form_reply = client.items().create_item_form(body).send().await.unwrap();
    for reply in [json_reply, form_reply] {
        assert!(
            matches!(&reply, CreateItemResponse::Accepted(job) if job.job_id.as_deref() == Some("j1")),
            "{reply:?}"
        );
    }

    let sent = requests(&server, "POST", "/items").await;
    assert_eq!(sent.len(), 2);
    let content_type = |r: &Request| {
        r.headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    assert_eq!(content_type(&sent[0]), "application/json");
    assert_eq!(
        serde_json::from_slice::<Value>(&sent[0].body).unwrap(),
        json!({"name": "lamp", "metadata": {"colour": "red"}})
    );
    assert_eq!(content_type(&sent[1]), "application/x-www-form-urlencoded");
    let pairs: Vec<(String, String)> = url::form_urlencoded::parse(&sent[1].body)
        .into_owned()
        .collect();
    assert_eq!(
        pairs,
        vec![
            ("name".to_string(), "lamp".to_string()),
            ("metadata[colour]".to_string(), "red".to_string()),
        ]
    );
}

/// Raise's `GET /cards` needs a required `customer[id]` query parameter that Prism cannot match
/// (stoplightio/prism#2017), so the Prism suite accepts its 422 for this one call; here the
/// request's shape and the decoding of a schema-valid answer are checked instead.
#[tokio::test]
async fn raise_list_cards_sends_the_bracketed_customer_id_and_decodes_the_page() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/cards"))
        .and(query_param("customer[id]", "abc-123"))
        .and(query_param("page[size]", "2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "data": [{
                "type": "cards",
                "id": "a27c1e40-8c1f-48b7-b366-5c006abea9cd",
                "attributes": {"brand_name": "Lowe's", "balance": 2500, "currency": "USD"}
            }],
            "meta": {"total_results": 1}
        })))
        .mount(&server)
        .await;
    let page = raise(&server.uri())
        .cards()
        .list_cards("abc-123")
        .page_size(2)
        .send()
        .await
        .unwrap();
    assert_eq!(page.meta.total_results, 1);
    assert_eq!(page.data.len(), 1);
    assert_eq!(
        page.data[0].id.to_string(),
        "a27c1e40-8c1f-48b7-b366-5c006abea9cd"
    );
    assert_eq!(page.data[0].attributes.balance, Some(2500));
    let sent = requests(&server, "GET", "/cards").await;
    assert_eq!(sent.len(), 1);
    assert_eq!(authorization(&sent[0]), "Bearer fixed");
}

/// A header most operations share is set once on the client builder, sent by every call that
/// takes it, and overridden by a call's own setter; a client without it sends none.
#[tokio::test]
async fn a_client_default_header_is_sent_and_a_call_overrides_it() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/balance"))
        .respond_with(ResponseTemplate::new(200).set_body_json(balance()))
        .mount(&server)
        .await;
    let with_default = raise_client::Client::builder()
        .base_url(server.uri())
        .bearer_token("fixed")
        .x_country("CA")
        .x_currency("CAD")
        .build()
        .unwrap();
    with_default.balance().get_balance().send().await.unwrap();
    with_default
        .balance()
        .get_balance()
        .x_country("DE")
        .send()
        .await
        .unwrap();
    raise(&server.uri())
        .balance()
        .get_balance()
        .send()
        .await
        .unwrap();
    let sent = requests(&server, "GET", "/balance").await;
    let header = |request: &Request, name: &str| {
        request
            .headers
            .get(name)
            .map(|v| v.to_str().unwrap().to_string())
    };
    assert_eq!(sent.len(), 3);
    assert_eq!(header(&sent[0], "X-Country").as_deref(), Some("CA"));
    assert_eq!(header(&sent[0], "X-Currency").as_deref(), Some("CAD"));
    assert_eq!(header(&sent[1], "X-Country").as_deref(), Some("DE"));
    assert_eq!(header(&sent[1], "X-Currency").as_deref(), Some("CAD"));
    assert_eq!(header(&sent[2], "X-Country"), None);
}

/// A required header the client may supply is a setter, not an argument: without the client's
/// default or the call's own value the call fails before sending, naming the setter; either one
/// is sent, the call's own winning.
#[tokio::test]
async fn a_required_shared_header_comes_from_the_client_or_the_call_or_the_call_fails() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/orders"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": [], "meta": {}})))
        .mount(&server)
        .await;
    let client = |tenant: Option<&str>| {
        let builder = fixture_operations::Client::builder()
            .base_url(server.uri())
            .bearer_token("fixed");
        match tenant {
            Some(tenant) => builder.x_tenant(tenant),
            None => builder,
        }
        .build()
        .unwrap()
    };
    let error = client(None)
        .orders()
        .list_orders()
        .send()
        .await
        .unwrap_err();
    assert!(
        matches!(&error, paygen_runtime::Error::Config(_)),
        "{error:?}"
    );
    assert!(error.to_string().contains("`.x_tenant(..)`"), "{error}");
    assert!(requests(&server, "GET", "/orders").await.is_empty());

    client(Some("acme"))
        .orders()
        .list_orders()
        .send()
        .await
        .unwrap();
    client(Some("acme"))
        .orders()
        .list_orders()
        .x_tenant("other")
        .send()
        .await
        .unwrap();
    client(None)
        .orders()
        .list_orders()
        .x_tenant("own")
        .send()
        .await
        .unwrap();
    let tenants: Vec<String> = requests(&server, "GET", "/orders")
        .await
        .iter()
        .map(|r| {
            r.headers
                .get("X-Tenant")
                .unwrap()
                .to_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(tenants, ["acme", "other", "own"]);
}
