//! Every auth provider against a local mock server.

use paygen_runtime::auth::{
    ApiKey, AuthProvider, Basic, Bearer, ClientAuth, ExpiresFormat, HmacRequestSigner, LoginToken,
    MemberSelector, OAuth2ClientCredentials, OAuth2Password, RequestSigner, RsaSha256Signer,
    Signed, SignedChallengeAuth, Signer as _, TimestampFormat, TokenExchange,
};
use paygen_runtime::auth::{Challenge, ChallengeFlow};
use paygen_runtime::{ApiRequest, AuthError, Core, CoreBuilder, Error, Method};
use serde_json::json;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use wiremock::matchers::{body_json, body_string_contains, header, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const SEC: &[&[&str]] = &[&["auth"]];

fn core(url: &str, provider: Arc<dyn AuthProvider>) -> Core {
    CoreBuilder::new("paygen-test")
        .base_url(url)
        .auth("auth", provider)
        .build()
        .unwrap()
}

fn call() -> ApiRequest {
    ApiRequest {
        security: SEC,
        ..ApiRequest::new(Method::GET, "/api", "/api")
    }
}

async fn api_accepts(server: &MockServer, authorization: &str) {
    Mock::given(path("/api"))
        .and(header("authorization", authorization))
        .respond_with(ResponseTemplate::new(200))
        .mount(server)
        .await;
}

fn token(access: &str, expires_in: u64, refresh: Option<&str>) -> ResponseTemplate {
    let mut body =
        json!({"access_token": access, "token_type": "Bearer", "expires_in": expires_in});
    if let Some(r) = refresh {
        body["refresh_token"] = json!(r);
    }
    ResponseTemplate::new(200).set_body_json(body)
}

async fn count(server: &MockServer, p: &str) -> usize {
    server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter(|r| r.url.path() == p)
        .count()
}

fn unix_in(secs: u64) -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
        + secs
}

#[tokio::test]
async fn client_credentials_basic_scope_and_caching() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth2/token"))
        .and(header("authorization", "Basic aWQ6c2VjcmV0")) // base64("id:secret")
        .and(body_string_contains("grant_type=client_credentials"))
        .and(body_string_contains("scope=offline_access"))
        .respond_with(token("t1", 3600, None))
        .expect(1)
        .mount(&server)
        .await;
    api_accepts(&server, "Bearer t1").await;
    let p = OAuth2ClientCredentials::new(format!("{}/oauth2/token", server.uri()), "id", "secret")
        .scope("offline_access")
        .client_auth(ClientAuth::Basic);
    let c = core(&server.uri(), Arc::new(p));
    for _ in 0..3 {
        assert_eq!(c.execute::<()>(call()).await.unwrap().status, 200);
    }
    let body =
        String::from_utf8(server.received_requests().await.unwrap()[0].body.clone()).unwrap();
    assert!(
        !body.contains("client_secret"),
        "secret must not be in the body with Basic"
    );
}

#[tokio::test]
async fn client_credentials_secret_in_body() {
    let server = MockServer::start().await;
    Mock::given(path("/oauth2/token"))
        .and(body_string_contains("client_id=id"))
        .and(body_string_contains("client_secret=s%26cret"))
        .respond_with(token("t1", 3600, None))
        .expect(1)
        .mount(&server)
        .await;
    api_accepts(&server, "Bearer t1").await;
    // A relative token URL resolves against the API base URL.
    let p = OAuth2ClientCredentials::new("/oauth2/token", "id", "s&cret");
    let c = core(&server.uri(), Arc::new(p));
    assert_eq!(c.execute::<()>(call()).await.unwrap().status, 200);
}

#[tokio::test]
async fn client_credentials_refreshes_then_falls_back_to_a_new_grant() {
    let server = MockServer::start().await;
    // 1st: expires at once, with a refresh token.
    Mock::given(body_string_contains("grant_type=client_credentials"))
        .respond_with(token("t1", 0, Some("r1")))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    // 2nd: refresh grant with r1 works.
    Mock::given(body_string_contains("grant_type=refresh_token"))
        .and(body_string_contains("refresh_token=r1"))
        .respond_with(token("t2", 0, Some("r2")))
        .mount(&server)
        .await;
    // 3rd: refresh with r2 is refused -> a fresh client-credentials grant.
    Mock::given(body_string_contains("refresh_token=r2"))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({"error": "invalid_grant"})))
        .mount(&server)
        .await;
    Mock::given(body_string_contains("grant_type=client_credentials"))
        .respond_with(token("t3", 3600, None))
        .mount(&server)
        .await;
    for t in ["t1", "t2", "t3"] {
        api_accepts(&server, &format!("Bearer {t}")).await;
    }
    let p = OAuth2ClientCredentials::new(format!("{}/oauth2/token", server.uri()), "id", "secret");
    let c = core(&server.uri(), Arc::new(p));
    for _ in 0..4 {
        assert_eq!(c.execute::<()>(call()).await.unwrap().status, 200);
    }
    let auths: Vec<String> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter(|r| r.url.path() == "/api")
        .map(|r| r.headers["authorization"].to_str().unwrap().to_owned())
        .collect();
    assert_eq!(auths, ["Bearer t1", "Bearer t2", "Bearer t3", "Bearer t3"]);
}

#[tokio::test]
async fn single_flight_token_requests() {
    let server = MockServer::start().await;
    Mock::given(path("/oauth2/token"))
        .respond_with(token("t1", 3600, None).set_delay(Duration::from_millis(200)))
        .expect(1)
        .mount(&server)
        .await;
    api_accepts(&server, "Bearer t1").await;
    let p = OAuth2ClientCredentials::new("/oauth2/token", "id", "secret");
    let c = core(&server.uri(), Arc::new(p));
    let calls = (0..20).map(|_| {
        let c = c.clone();
        tokio::spawn(async move { c.execute::<()>(call()).await.unwrap().status })
    });
    for r in futures::future::join_all(calls).await {
        assert_eq!(r.unwrap(), 200);
    }
    assert_eq!(count(&server, "/oauth2/token").await, 1);
}

#[tokio::test]
async fn a_401_invalidates_and_retries_once() {
    let server = MockServer::start().await;
    Mock::given(path("/oauth2/token"))
        .respond_with(token("old", 3600, None))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(path("/oauth2/token"))
        .respond_with(token("new", 3600, None))
        .mount(&server)
        .await;
    Mock::given(path("/api"))
        .and(header("authorization", "Bearer old"))
        .respond_with(ResponseTemplate::new(401))
        .mount(&server)
        .await;
    api_accepts(&server, "Bearer new").await;
    let c = core(
        &server.uri(),
        Arc::new(OAuth2ClientCredentials::new("/oauth2/token", "i", "s")),
    );
    // Not idempotent: the 401 retry is independent of the retry policy.
    assert_eq!(c.execute::<()>(call()).await.unwrap().status, 200);
    assert_eq!(count(&server, "/api").await, 2);

    // A server that always says 401 gets exactly one retry.
    let server = MockServer::start().await;
    Mock::given(path("/oauth2/token"))
        .respond_with(token("t", 3600, None))
        .mount(&server)
        .await;
    Mock::given(path("/api"))
        .respond_with(ResponseTemplate::new(401))
        .mount(&server)
        .await;
    let c = core(
        &server.uri(),
        Arc::new(OAuth2ClientCredentials::new("/oauth2/token", "i", "s")),
    );
    assert_eq!(c.execute::<()>(call()).await.unwrap().status, 401);
    assert_eq!(count(&server, "/api").await, 2);

    // A fixed token cannot be refreshed: no retry.
    let server = MockServer::start().await;
    Mock::given(path("/api"))
        .respond_with(ResponseTemplate::new(401))
        .mount(&server)
        .await;
    let c = core(&server.uri(), Arc::new(Bearer::new("fixed")));
    assert_eq!(c.execute::<()>(call()).await.unwrap().status, 401);
    assert_eq!(count(&server, "/api").await, 1);
}

#[tokio::test]
async fn password_grant_rotates_refresh_tokens_and_logs_in_again() {
    let server = MockServer::start().await;
    Mock::given(body_string_contains("grant_type=password"))
        .and(body_string_contains("username=alice"))
        .and(body_string_contains("password=pw"))
        .and(body_string_contains("client_id=cid"))
        .and(body_string_contains("client_secret=csec"))
        .and(body_string_contains("scope=offline_access"))
        .respond_with(token("t1", 0, Some("r1")))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(body_string_contains("refresh_token=r1"))
        .and(body_string_contains("client_secret=csec"))
        .respond_with(token("t2", 0, Some("r2")))
        .mount(&server)
        .await;
    Mock::given(body_string_contains("refresh_token=r2"))
        .respond_with(ResponseTemplate::new(400))
        .mount(&server)
        .await;
    Mock::given(body_string_contains("grant_type=password"))
        .respond_with(token("t3", 3600, Some("r3")))
        .mount(&server)
        .await;
    for t in ["t1", "t2", "t3"] {
        api_accepts(&server, &format!("Bearer {t}")).await;
    }
    let p =
        OAuth2Password::new("/oauth2/token", "alice", "pw", "cid", "csec").scope("offline_access");
    let dbg = format!("{p:?}");
    assert!(!dbg.contains("pw\"") && !dbg.contains("csec"), "{dbg}");
    let c = core(&server.uri(), Arc::new(p));
    for _ in 0..3 {
        assert_eq!(c.execute::<()>(call()).await.unwrap().status, 200);
    }
    let token_bodies: Vec<String> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter(|r| r.url.path() == "/oauth2/token")
        .map(|r| String::from_utf8(r.body.clone()).unwrap())
        .collect();
    assert_eq!(token_bodies.len(), 4);
    assert!(token_bodies[1].contains("refresh_token=r1"));
    assert!(token_bodies[2].contains("refresh_token=r2")); // the rotated one
    assert!(token_bodies[3].contains("grant_type=password"));
}

#[tokio::test]
async fn token_endpoint_errors_are_auth_errors_without_secrets() {
    let server = MockServer::start().await;
    Mock::given(path("/oauth2/token"))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({"error": "invalid_client"})))
        .mount(&server)
        .await;
    let p = OAuth2Password::new("/oauth2/token", "alice", "hunter2-pw", "cid", "csec-XYZ");
    let c = core(&server.uri(), Arc::new(p));
    let e = c.execute::<()>(call()).await.unwrap_err();
    let text = format!("{e} {e:?}");
    assert!(
        matches!(e, Error::Auth(AuthError::TokenRejected { .. })),
        "{text}"
    );
    assert!(
        text.contains("invalid_client") && text.contains("401"),
        "{text}"
    );
    assert!(
        !text.contains("hunter2-pw") && !text.contains("csec-XYZ"),
        "{text}"
    );
    assert!(!format!("{c:?}").contains("csec-XYZ"));
}

fn jsonapi_token(token: &str, expires: serde_json::Value) -> ResponseTemplate {
    ResponseTemplate::new(201).set_body_json(json!({"data": {"type": "tokens", "id": "x",
        "attributes": {"type": "BEARER", "access_token": token, "expires_at": expires}}}))
}

#[tokio::test]
async fn token_exchange_with_basic_and_unix_expiry() {
    let server = MockServer::start().await;
    let body = json!({"data": {"type": "tokens", "attributes": {"type": "BEARER"}}});
    Mock::given(method("POST"))
        .and(path("/tokens"))
        .and(header(
            "authorization",
            "Basic Y2xpZW50LWlkOmNsaWVudC1zZWNyZXQ=",
        ))
        .and(body_json(body.clone()))
        .respond_with(jsonapi_token("tok", json!(unix_in(900))))
        .expect(1)
        .mount(&server)
        .await;
    api_accepts(&server, "Bearer tok").await;
    let p = TokenExchange::new("/tokens", body, "/data/attributes/access_token")
        .basic("client-id", "client-secret")
        .expires_at("/data/attributes/expires_at", ExpiresFormat::UnixSeconds);
    let c = core(&server.uri(), Arc::new(p));
    for _ in 0..3 {
        assert_eq!(c.execute::<()>(call()).await.unwrap().status, 200);
    }
}

#[tokio::test]
async fn token_exchange_refetches_expired_rfc3339_and_expires_in_tokens() {
    let server = MockServer::start().await;
    Mock::given(path("/tokens"))
        .respond_with(jsonapi_token("tok", json!("2020-01-01T00:00:00Z")))
        .mount(&server)
        .await;
    api_accepts(&server, "Bearer tok").await;
    let p = TokenExchange::new("/tokens", json!({}), "/data/attributes/access_token")
        .basic("a", "b")
        .expires_at("/data/attributes/expires_at", ExpiresFormat::Rfc3339);
    let c = core(&server.uri(), Arc::new(p));
    c.execute::<()>(call()).await.unwrap();
    c.execute::<()>(call()).await.unwrap();
    assert_eq!(
        count(&server, "/tokens").await,
        2,
        "an expired token is fetched again"
    );

    let server = MockServer::start().await;
    Mock::given(path("/tokens"))
        .respond_with(
            ResponseTemplate::new(200).set_body_json(json!({"token": "tok", "ttl": "3600"})),
        )
        .mount(&server)
        .await;
    api_accepts(&server, "Bearer tok").await;
    let p = TokenExchange::new("/tokens", json!({}), "/token").expires_in("/ttl");
    let c = core(&server.uri(), Arc::new(p));
    c.execute::<()>(call()).await.unwrap();
    c.execute::<()>(call()).await.unwrap();
    assert_eq!(
        count(&server, "/tokens").await,
        1,
        "a valid token is cached"
    );

    // Token missing from the response: a clear auth error.
    let server = MockServer::start().await;
    Mock::given(path("/tokens"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"data": {}})))
        .mount(&server)
        .await;
    let p = TokenExchange::new("/tokens", json!({}), "/data/attributes/access_token");
    let c = core(&server.uri(), Arc::new(p));
    let e = c.execute::<()>(call()).await.unwrap_err();
    assert!(
        e.to_string().contains("/data/attributes/access_token"),
        "{e}"
    );
}

const TEST_RSA_KEY: &str = "-----BEGIN PRIVATE KEY-----
MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQCxI7X32yZgz+re
YbQuPXt2dFSq9J7o1xy+F2s5yIyGf/k3xx/ctwfnYSEil7nQb2grVzJw+zjFKqXS
6jWGyvQ2ZEPE4v18bY8cI1JiuECb8S6YsjPjC54K8nRVBmpF7P4uM/vL/EMiobNn
JFM7/hx+aSBfadGBlTosMAygeLhBb1zSFuDrMOAk/AvzogOCFIGRiF7IETdiSHdr
U8X378QV1O8/D2sB/Yhn4rzFZpDsZzwlsZHjV6H8HomNi0Qc2VVjw5MTt48sIdsR
BLO/vmNfchnscw5SeMoQOVzfBvYZETBnoj8CX6lwmbuomVPCxu38UML0MK1nogM2
FDA6zGMJAgMBAAECggEAEFnlBquGh+I5YmyvZqNLPbxwQlWRQ5nzr8JWpf9SpWmz
tgfd85A7nQqUte4+ezSFb5a9c7tk2qJcqzLuXPJoB4tKzCZN0soEL0s9ZBpw8FQb
goHUk00zufv2bBDLB4hgUCCBSiuPgOdfOZKbUkrbE3odwGDys1z0gTawO7HZBEUd
E/f4i97nODeDGvvQf+xKuy5So6RlDC6wj5ByWtVvAxQzwB/coK5CNCH0g1H6NG4Q
UkRYXsdI+/xCxbfGUFQDugDKIzK0b+TdCewIqFv02gn7RCSBwTsU5BgF/Uh6LXx/
tSn/MHp3kuoEMtXmYCFuD+pRZjbngvf/J8gOv2gNXwKBgQD27L9yH3FREXDcRhWF
dZ4NGghDOQUU1D1ojhZBEmzxZl37hU5COCzjUJeWM1ZnEIar56W4DGcNHpXFFrhy
qbCr9xWHjywKKOq5pChNJDydXE0yMjce2c3ho/V3HliCHWjCq2P6PydrBfXyDSn+
TupctEJBVxMlVtzwA9xQvmK4LwKBgQC3pl729ZTQeRiTodSJ6KDqAUNOEPX5RVTk
Uwfn/gsB492p+TR2xxyL2mm9dpl2NCPmtEuuX88ujR7bW92Ag1+sHGcdZb6XVPXL
jQTqnx7IqEY3o4+/6uO8Nv211hMLJJJPPRdtY3LPIF5hyY6OIrnWeipsLbOZ4vXy
TbyfNQgSRwKBgHv+2wxl+bNp/LDAiOIh9CJEJk4Lfh+9jLDKWSaIKCj47Mz3Xhsm
tnPX7qdAVG0hAV+lzbQklkMiTrdP94Os7skMJMWUAduAPI7Ifmxue/nRdfp0+PUH
Drn2abdNh8ifGBJZmrT5rcOylJTeQ24vFsVCx9qj7Ttc6UmlxqbNVCmFAoGBAIyz
OBp4uBSoUj35RD6MLYxaf1g2Al2B0rJDMtF4frJqA4+Pz7QYhDRZl52CWbyH4eGE
zF7CJJcDo1poHWGyRQA1moKZStXiT5YtalDeq9ULpxBFjYJ50RSIBQTlCB4HXNi8
c1BpWrJ5mBXPOBqJXFuHqSzMLsd9bPTAvfwzwwVNAoGBAMiLpub136cbFnrdGkQK
Tbw7/jUkdEL7IwIHphahZQDob3afCyIRZi6yjD4zkS9akPZwz7AX4XV+qBhx6coS
FCAz2cSICkgVE1sdWIwiBConJdAT61bly+MIrzLJT4gUPbFM9Qqu16JSUiRQearL
IGloYwQIGRR1GTUfoBHTYvBb
-----END PRIVATE KEY-----";

/// The same key as PKCS#1 (`openssl rsa -in test_rsa.pem -traditional`).
const TEST_RSA_KEY_PKCS1: &str = "-----BEGIN RSA PRIVATE KEY-----
MIIEpAIBAAKCAQEAsSO199smYM/q3mG0Lj17dnRUqvSe6NccvhdrOciMhn/5N8cf
3LcH52EhIpe50G9oK1cycPs4xSql0uo1hsr0NmRDxOL9fG2PHCNSYrhAm/EumLIz
4wueCvJ0VQZqRez+LjP7y/xDIqGzZyRTO/4cfmkgX2nRgZU6LDAMoHi4QW9c0hbg
6zDgJPwL86IDghSBkYheyBE3Ykh3a1PF9+/EFdTvPw9rAf2IZ+K8xWaQ7Gc8JbGR
41eh/B6JjYtEHNlVY8OTE7ePLCHbEQSzv75jX3IZ7HMOUnjKEDlc3wb2GREwZ6I/
Al+pcJm7qJlTwsbt/FDC9DCtZ6IDNhQwOsxjCQIDAQABAoIBABBZ5QarhofiOWJs
r2ajSz28cEJVkUOZ86/CVqX/UqVps7YH3fOQO50KlLXuPns0hW+WvXO7ZNqiXKsy
7lzyaAeLSswmTdLKBC9LPWQacPBUG4KB1JNNM7n79mwQyweIYFAggUorj4DnXzmS
m1JK2xN6HcBg8rNc9IE2sDux2QRFHRP3+Ive5zg3gxr70H/sSrsuUqOkZQwusI+Q
clrVbwMUM8Af3KCuQjQh9INR+jRuEFJEWF7HSPv8QsW3xlBUA7oAyiMytG/k3Qns
CKhb9NoJ+0QkgcE7FOQYBf1Iei18f7Up/zB6d5LqBDLV5mAhbg/qUWY254L3/yfI
Dr9oDV8CgYEA9uy/ch9xURFw3EYVhXWeDRoIQzkFFNQ9aI4WQRJs8WZd+4VOQjgs
41CXljNWZxCGq+eluAxnDR6VxRa4cqmwq/cVh48sCijquaQoTSQ8nVxNMjI3HtnN
4aP1dx5Ygh1owqtj+j8nawX18g0p/k7qXLRCQVcTJVbc8APcUL5iuC8CgYEAt6Ze
9vWU0HkYk6HUieig6gFDThD1+UVU5FMH5/4LAePdqfk0dscci9ppvXaZdjQj5rRL
rl/PLo0e21vdgINfrBxnHWW+l1T1y40E6p8eyKhGN6OPv+rjvDb9tdYTCySSTz0X
bWNyzyBeYcmOjiK51noqbC2zmeL18k28nzUIEkcCgYB7/tsMZfmzafywwIjiIfQi
RCZOC34fvYywylkmiCgo+OzM914bJrZz1+6nQFRtIQFfpc20JJZDIk63T/eDrO7J
DCTFlAHbgDyOyH5sbnv50XX6dPj1Bw659mm3TYfInxgSWZq0+a3DspSU3kNuLxbF
Qsfao+07XOlJpcamzVQphQKBgQCMszgaeLgUqFI9+UQ+jC2MWn9YNgJdgdKyQzLR
eH6yagOPj8+0GIQ0WZedglm8h+HhhMxewiSXA6NaaB1hskUANZqCmUrV4k+WLWpQ
3qvVC6cQRY2CedEUiAUE5QgeB1zYvHNQaVqyeZgVzzgaiVxbh6kszC7HfWz0wL38
M8MFTQKBgQDIi6bm9d+nGxZ63RpECk28O/41JHRC+yMCB6YWoWUA6G92nwsiEWYu
sow+M5EvWpD2cM+wF+F1fqgYcenKEhQgM9nEiApIFRNbHViMIgQqJyXQE+tW5cvj
CK8yyU+IFD2xTPUKrteiUlIkUHmqyyBpaGMECBkUdRk1H6AR02LwWw==
-----END RSA PRIVATE KEY-----";

/// A 1024-bit key, which the signer refuses.
const SHORT_RSA_KEY: &str = "-----BEGIN PRIVATE KEY-----
MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAJ35Jz2yTcAjhRdn
6NnkL6fIQZDH6sSU7dG9XohVl7b26jv6oISl9kXH/afOBwsz3PhtH+r6t48mzYaJ
+yPAXJqFnJsZyNkV35PvHldA6x4Kr/Ex8EwQB7TkZDJ3qQ5S5gHJBwz4n/eSqVX4
qWksz/doLfEf/nT3WewUeOkCBG29AgMBAAECgYAu350LK3ryhheZqFVpQdH6IOuD
gC5jAiXG1D/WiD8qJP2/qlAyy+PVNNBJGFLyugLZG9gaqyYILeVSBGMmao+POqve
+OmcSMgg+SM/qXyCXTZ5jx0aE2F0vJnoWC3lKHGDrHwTTYgFFVkmOObKYgs7Y8jG
5SKT34KJu3mGb4nlaQJBAM9v16rQIhPpmtqrG8IR+9sbyXPjfJXb9oRsklXHNWk6
+K/ElUDSq02p2Xs6pN8/NcaQMaRr48f+UsLIrLtx/DcCQQDC9Ng5LE35jmxHw1eN
iaW0WLGHde2DO/y/j4HGBBxI+K3eGdgkITON+tTnNeem/CKChOJYCO40kMtKv0wI
bjOrAkApAhdEsXjLLvdqG0GVkDCWFFwzCNnsVlvZug0D4Cny77GSLe7DreInrFhO
QD2v1LMw2fi2ZI3XT7PUxg8/zzzpAkEAq2MwCuMGEZPBYT07ZPRTNj6aoylrCenc
glMYlQncC9KClzRFLU360qBmNnTPF5+kfvVvPlFrh86ayTVvFCI9TQJAJfo09Qyz
4mcWusLz6ciEwEQvMuquTvKDhtQJNSqFReJ23EHsvBCC4HBQVo1C59gyWyjqL+aI
m78+lF2Z1NSZmQ==
-----END PRIVATE KEY-----";

/// The seed's example nonce.
const NONCE: &str = "0x18b021c8d8de3ac1d1fd5500c034df9f5b94567893b70b62324c3e0a784521e4";
/// Computed independently with OpenSSL (key: `openssl genpkey -algorithm RSA -pkeyopt
/// rsa_keygen_bits:2048`) over the hex-decoded nonce bytes:
///   python3 -c "import binascii;open('n.bin','wb').write(binascii.unhexlify('18b0…21e4'))"
///   openssl dgst -sha256 -sign test_rsa.pem n.bin | xxd -p | tr -d '\n'
/// (RSA PKCS#1 v1.5 signatures are deterministic, so the value is fixed.)
const SIGNED_NONCE: &str = "0x1c9a3410fe7b75707c5855d9c74b7cf6eeee0013676339dbf1e56c75d5c5532d90961fe0e8961dd1bcd28dc9e07f80428171d6ac29ac29045e49e972cba160abb9ec418c0d29a03e1002cd86241a5a87cca954fd160e95122f4cc5b3c18f4185f3a8aca85aac2585af3d47c08e3ad56914b5bf45ad644d2ea7178d8b3664766fc8e761bd96ea8a12ba6cb3e8917df6fed24a2dd86cbf3b622d35b67053707c563a974d36196d7167e30a37fbb51ad2780b24d0fb9ed70f4899c1fed3727def065a4224c919de2ccd888706d717cfb4323580f90d01d0088160c82702535111fc0a7c80144a0dc8eb22bedd9428484a67a8f7ff875b8a7aeae420e1e0494cf694";

fn auth_tokens(attrs: serde_json::Value) -> serde_json::Value {
    json!({"data": {"type": "auth/tokens", "attributes": attrs}})
}

fn customer_token(t: &str) -> ResponseTemplate {
    ResponseTemplate::new(201).set_body_json(json!({"data": {"type": "auth/tokens", "id": "x",
        "attributes": {"token": t, "type": "BEARER", "expires_at": unix_in(3600)}}}))
}

/// A JSON:API-shaped signed-challenge endpoint, as a spec's `x-customer-auth` describes one.
const FLOW: ChallengeFlow = ChallengeFlow {
    path: "/auth/tokens",
    subject_header: "X-CustomerID",
    body: r#"{"data":{"type":"auth/tokens","attributes":{}}}"#,
    fields_at: "/data/attributes",
    action_field: "action",
    challenge_action: "GENERATE_NONCE",
    send_code_action: Some("SEND_VERIFICATION"),
    verify_action: "VALIDATE_VERIFICATION",
    refresh_action: Some("REFRESH"),
    signature_field: "signed_nonce",
    code_field: "code",
    challenge_pointer: "/data/attributes/nonce",
    token_pointer: "/data/attributes/token",
    expires_at_pointer: Some("/data/attributes/expires_at"),
    signature_prefix: "0x",
    transcript_label: "test-auth",
    message_label: "challenge-nonce",
};

#[tokio::test]
async fn signed_challenge_flow_with_rsa() {
    let server = MockServer::start().await;
    let common = |m: wiremock::MockBuilder| {
        m.and(method("POST"))
            .and(path("/auth/tokens"))
            .and(header("x-customerid", "123456"))
            .and(header("x-country", "US"))
            .and(header("authorization", "Basic Y2xpZW50LWlkOnNlY3JldA=="))
    };
    common(Mock::given(body_json(auth_tokens(
        json!({"action": "GENERATE_NONCE"}),
    ))))
    .respond_with(
        ResponseTemplate::new(201).set_body_json(json!({"data": {"type": "auth/tokens",
            "attributes": {"type": "RSA_KEY_PAIR", "nonce": NONCE}}})),
    )
    .expect(1)
    .mount(&server)
    .await;
    common(Mock::given(body_json(auth_tokens(
        json!({"action": "VALIDATE_VERIFICATION", "signed_nonce": SIGNED_NONCE}),
    ))))
    .respond_with(customer_token("cust-tok"))
    .expect(1)
    .mount(&server)
    .await;
    // Calls carry the customer token and the customer header.
    Mock::given(path("/api"))
        .and(header("authorization", "Bearer cust-tok"))
        .and(header("x-customerid", "123456"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let signer = RsaSha256Signer::from_pem(TEST_RSA_KEY).unwrap();
    assert!(!format!("{signer:?}").contains("MII"));
    // The same key in PKCS#1 signs the same bytes (PKCS#1 v1.5 is deterministic).
    let nonce = hex_bytes(NONCE);
    assert_eq!(
        RsaSha256Signer::from_pem(TEST_RSA_KEY_PKCS1)
            .unwrap()
            .sign(&Challenge::new(&nonce))
            .unwrap(),
        signer.sign(&Challenge::new(&nonce)).unwrap()
    );
    match RsaSha256Signer::from_pem(SHORT_RSA_KEY) {
        Err(AuthError::Config(message)) => assert!(message.contains("2048"), "{message}"),
        other => panic!("a 1024-bit key must be refused: {other:?}"),
    }
    let p = SignedChallengeAuth::new(
        FLOW,
        Some(Arc::new(Basic::new("client-id", "secret"))),
        "123456",
    )
    .signer(Arc::new(signer))
    .header("X-Country", "US");
    let c = core(&server.uri(), Arc::new(p));
    c.execute::<()>(call()).await.unwrap();
    assert_eq!(c.execute::<()>(call()).await.unwrap().status, 200);
}

/// The RSA public key is registered as the hex of its DER SubjectPublicKeyInfo: the same bytes
/// as OpenSSL's `openssl pkey -pubout -outform DER` of the test key.
#[test]
fn rsa_public_key_is_spki_hex() {
    let signer = RsaSha256Signer::from_pem(TEST_RSA_KEY).unwrap();
    let der = signer.public_key_spki_der();
    // SEQUENCE (long form, 2 length bytes) { SEQUENCE { rsaEncryption, NULL }, BIT STRING }
    assert_eq!(
        &der[..4],
        &[0x30, 0x82, 0x01, 0x22],
        "a 2048-bit key's SPKI is 294 bytes"
    );
    assert_eq!(
        &der[4..19],
        &[
            0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05,
            0x00
        ]
    );
    assert_eq!(&der[19..24], &[0x03, 0x82, 0x01, 0x0f, 0x00]);
    assert_eq!(der.len(), 294);
    // `openssl pkey -in test_rsa.pem -pubout -outform DER | xxd -p | tr -d '\n'`
    assert_eq!(signer.public_key_hex(), TEST_RSA_PUBLIC_SPKI_HEX);
}

const TEST_RSA_PUBLIC_SPKI_HEX: &str = "30820122300d06092a864886f70d01010105000382010f003082010a0282010100b123b5f7db2660cfeade61b42e3d7b767454aaf49ee8d71cbe176b39c88c867ff937c71fdcb707e761212297b9d06f682b573270fb38c52aa5d2ea3586caf4366443c4e2fd7c6d8f1c235262b8409bf12e98b233e30b9e0af27455066a45ecfe2e33fbcbfc4322a1b36724533bfe1c7e69205f69d181953a2c300ca078b8416f5cd216e0eb30e024fc0bf3a20382148191885ec811376248776b53c5f7efc415d4ef3f0f6b01fd8867e2bcc56690ec673c25b191e357a1fc1e898d8b441cd95563c39313b78f2c21db1104b3bfbe635f7219ec730e5278ca10395cdf06f619113067a23f025fa97099bba89953c2c6edfc50c2f430ad67a2033614303acc63090203010001";

#[tokio::test]
async fn signed_challenge_refreshes_and_supports_codes() {
    let server = MockServer::start().await;
    Mock::given(body_json(auth_tokens(
        json!({"action": "SEND_VERIFICATION"}),
    )))
    .respond_with(ResponseTemplate::new(201).set_body_json(json!({"data": {}})))
    .expect(1)
    .mount(&server)
    .await;
    Mock::given(body_json(auth_tokens(
        json!({"action": "VALIDATE_VERIFICATION", "code": "123456"}),
    )))
    .respond_with(
        ResponseTemplate::new(201).set_body_json(json!({"data": {"type": "auth/tokens",
            "attributes": {"token": "sms-tok", "type": "BEARER", "expires_at": 1}}})),
    )
    .expect(1)
    .mount(&server)
    .await;
    Mock::given(body_json(auth_tokens(json!({"action": "REFRESH"}))))
        .respond_with(customer_token("refreshed"))
        .expect(1)
        .mount(&server)
        .await;
    api_accepts(&server, "Bearer refreshed").await;
    let p = Arc::new(SignedChallengeAuth::new(
        FLOW,
        Some(Arc::new(Basic::new("c", "s"))),
        "42",
    ));
    let c = core(&server.uri(), p.clone());
    // No signer and no token yet: the user must verify first.
    match c.execute::<()>(call()).await {
        Err(Error::Auth(AuthError::VerificationRequired(_))) => {}
        other => panic!("{other:?}"),
    }
    p.send_code(c.auth_context()).await.unwrap();
    p.verify_code(c.auth_context(), "123456").await.unwrap();
    // The SMS token expired (expires_at 1970): it is refreshed before use.
    assert_eq!(c.execute::<()>(call()).await.unwrap().status, 200);
    assert_eq!(c.execute::<()>(call()).await.unwrap().status, 200);
    assert_eq!(p.token().unwrap().expose(), "refreshed");
}

#[tokio::test]
async fn signed_challenge_without_credentials_names_them() {
    let p = SignedChallengeAuth::new(FLOW, None, "42").with_token("t", Some(UNIX_EPOCH));
    let c = core("http://127.0.0.1:9", Arc::new(p));
    match c.execute::<()>(call()).await {
        Err(Error::Auth(AuthError::NotConfigured(what))) => {
            assert!(what.contains("/auth/tokens"), "{what}")
        }
        other => panic!("{other:?}"),
    }
}

#[cfg(feature = "sr25519")]
mod sr25519 {
    use paygen_runtime::auth::{Challenge, Signer, Sr25519Signer};
    use schnorrkel::{PublicKey, Signature};

    const MINI: &str = "0x9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";

    fn verify(
        signer: &Sr25519Signer,
        signature: &[u8],
        label: &'static [u8],
        nonce: &[u8],
    ) -> bool {
        let public = PublicKey::from_bytes(&signer.public_key()).unwrap();
        let signature = Signature::from_bytes(signature).unwrap();
        let mut t = merlin::Transcript::new(label);
        t.append_message(b"challenge-nonce", nonce);
        public.verify(t, &signature).is_ok()
    }

    #[test]
    fn signs_the_labelled_transcript_a_verifier_accepts() {
        let signer = Sr25519Signer::from_hex(MINI).unwrap();
        let nonce = [0x18, 0xb0, 0x21, 0xc8];
        let challenge = Challenge::new(&nonce).transcript(b"test-auth", b"challenge-nonce");
        let signature = signer.sign(&challenge).unwrap();
        assert_eq!(signature.len(), 64);
        assert!(verify(&signer, &signature, b"test-auth", &nonce));
        // Wrong transcript label, wrong nonce, another key: rejected.
        assert!(!verify(&signer, &signature, b"other-auth", &nonce));
        assert!(!verify(
            &signer,
            &signature,
            b"test-auth",
            &[0x18, 0xb0, 0x21, 0xc9]
        ));
        let other = Sr25519Signer::generate();
        assert_ne!(other.public_key(), signer.public_key());
        assert!(!verify(&other, &signature, b"test-auth", &nonce));
        // A challenge without transcript labels cannot be signed correctly: refused.
        assert!(signer.sign(&Challenge::new(&nonce)).is_err());
    }

    #[test]
    fn keys_from_mini_secret_and_secret_key_forms() {
        let from_mini = Sr25519Signer::from_hex(MINI).unwrap();
        let bytes: Vec<u8> = (0..32)
            .map(|i| u8::from_str_radix(&MINI[2 + 2 * i..4 + 2 * i], 16).unwrap())
            .collect();
        assert_eq!(
            Sr25519Signer::from_mini_secret(&bytes)
                .unwrap()
                .public_key(),
            from_mini.public_key()
        );
        // The 64-byte form round-trips to the same key pair.
        let secret = from_mini.secret_key_hex();
        assert_eq!(secret.expose().len(), 128);
        let from_secret = Sr25519Signer::from_hex(secret.expose()).unwrap();
        assert_eq!(from_secret.public_key(), from_mini.public_key());
        assert_eq!(from_mini.public_key_hex().len(), 64);
        // The Debug form shows the public key only.
        let debug = format!("{from_mini:?}");
        assert!(debug.contains(&from_mini.public_key_hex()));
        assert!(!debug.contains(secret.expose()));
        // Bad input: a clear error, no panic.
        for bad in ["", "0x12", "zz", &"ab".repeat(33)] {
            assert!(Sr25519Signer::from_hex(bad).is_err(), "{bad:?}");
        }
    }
}

fn sdk_login(action: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({
        "action": action,
        "authorizationToken": {"token": "auth-tok", "expiresAt": "2099-01-01T00:00:00Z"},
        "members": [
            {"role": "INDIVIDUAL", "token": {"token": "tok-individual", "expiresAt": "2099-01-01T00:00:00Z"}},
            {"role": "ACCOUNTANT", "token": {"token": "tok-accountant", "expiresAt": "2099-01-01T00:00:00.000Z"}}
        ]
    }))
}

fn sdk_provider(select: MemberSelector) -> LoginToken {
    LoginToken::new("/authorization", "user@example.com", "P@ssw0rd!")
        .members(
            "/members",
            "/token/token",
            Some("/token/expiresAt".into()),
            select,
        )
        .otp("/action", "OTP_SENT", "/authorization/confirm", "otp")
}

#[tokio::test]
async fn login_token_chooses_membership_and_relogs_on_401() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/authorization"))
        .and(body_json(
            json!({"login": "user@example.com", "password": "P@ssw0rd!"}),
        ))
        .respond_with(sdk_login("TOKEN_CREATED"))
        .expect(2)
        .mount(&server)
        .await;
    Mock::given(path("/api"))
        .and(header("authorization", "TOKEN tok-accountant"))
        .respond_with(ResponseTemplate::new(401))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    api_accepts(&server, "TOKEN tok-accountant").await;
    let c = core(
        &server.uri(),
        Arc::new(sdk_provider(MemberSelector::Role("ACCOUNTANT".into()))),
    );
    assert_eq!(c.execute::<()>(call()).await.unwrap().status, 200);
    assert_eq!(c.execute::<()>(call()).await.unwrap().status, 200);
    assert_eq!(
        count(&server, "/authorization").await,
        2,
        "once, then once after the 401"
    );

    // A closure picks the membership too.
    let server = MockServer::start().await;
    Mock::given(path("/authorization"))
        .respond_with(sdk_login("TOKEN_CREATED"))
        .mount(&server)
        .await;
    api_accepts(&server, "TOKEN tok-individual").await;
    let pick = MemberSelector::Custom(Arc::new(|m: &[serde_json::Value]| {
        m.iter().position(|x| x["role"] == "INDIVIDUAL")
    }));
    let c = core(&server.uri(), Arc::new(sdk_provider(pick)));
    assert_eq!(c.execute::<()>(call()).await.unwrap().status, 200);
}

#[tokio::test]
async fn login_token_otp_step() {
    let server = MockServer::start().await;
    Mock::given(path("/authorization"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"action": "OTP_SENT"})))
        .mount(&server)
        .await;
    Mock::given(path("/authorization/confirm"))
        .and(body_json(
            json!({"login": "user@example.com", "otp": "654321"}),
        ))
        .respond_with(sdk_login("TOKEN_CREATED"))
        .expect(1)
        .mount(&server)
        .await;
    api_accepts(&server, "TOKEN tok-individual").await;
    let p = Arc::new(sdk_provider(MemberSelector::First));
    let c = core(&server.uri(), p.clone());
    match c.execute::<()>(call()).await {
        Err(Error::Auth(AuthError::OtpRequired)) => {}
        other => panic!("{other:?}"),
    }
    p.confirm_otp(c.auth_context(), "654321").await.unwrap();
    assert_eq!(c.execute::<()>(call()).await.unwrap().status, 200);
    assert!(!format!("{p:?}").contains("P@ssw0rd!"));
}

#[tokio::test]
async fn fixed_credentials() {
    let server = MockServer::start().await;
    Mock::given(path("/api"))
        .and(header("api-key", "k"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    Mock::given(path("/api"))
        .and(header("authorization", "TOKEN k2"))
        .respond_with(ResponseTemplate::new(201))
        .mount(&server)
        .await;
    Mock::given(path("/api"))
        .and(header("authorization", "Basic dTpw"))
        .respond_with(ResponseTemplate::new(202))
        .mount(&server)
        .await;
    Mock::given(path("/api"))
        .and(header("authorization", "Bearer b"))
        .respond_with(ResponseTemplate::new(203))
        .mount(&server)
        .await;
    Mock::given(path("/api"))
        .and(wiremock::matchers::query_param("key", "Q k3"))
        .respond_with(ResponseTemplate::new(204))
        .mount(&server)
        .await;
    let cases: Vec<(Arc<dyn AuthProvider>, u16)> = vec![
        (Arc::new(ApiKey::header("API-Key", "k")), 200),
        (
            Arc::new(ApiKey::header("Authorization", "k2").prefix("TOKEN")),
            201,
        ),
        (Arc::new(Basic::new("u", "p")), 202),
        (Arc::new(Bearer::new("b")), 203),
        (Arc::new(ApiKey::query("key", "k3").prefix("Q")), 204),
    ];
    for (p, want) in cases {
        let dbg = format!("{p:?}");
        assert!(dbg.contains("[redacted]"), "{dbg}");
        let c = core(&server.uri(), p);
        assert_eq!(c.execute::<()>(call()).await.unwrap().status, want);
    }
    // The bearer header is built once; neither it nor the token shows in Debug.
    let bearer = Bearer::new("tok-3f9a1c");
    let dbg = format!("{bearer:?}");
    assert!(!dbg.contains("tok-3f9a1c"), "{dbg}");
    // A token that cannot be a header value fails each call with an auth error.
    let c = core(&server.uri(), Arc::new(Bearer::new("line\nbreak")));
    match c.execute::<()>(call()).await {
        Err(Error::Auth(AuthError::Config(m))) => assert!(m.contains("not valid ASCII"), "{m}"),
        other => panic!("{other:?}"),
    }
}

#[derive(Debug)]
struct Counting(std::sync::atomic::AtomicUsize);

impl RequestSigner for Counting {
    fn sign(&self, request: &mut paygen_runtime::reqwest::Request) -> Result<(), AuthError> {
        let n = self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        request
            .headers_mut()
            .insert("x-sig", n.to_string().parse().unwrap());
        Ok(())
    }
}

#[tokio::test]
async fn signed_requests() {
    // HMAC signer, fixed clock. Vector computed independently with Python:
    //   python3 -c 'import hmac,hashlib,base64;m="2024-06-17T00:00:00Z|POST|https://api.example.com/api/order/pay-url?x=1|{\"price\":\"1\"}";
    //   print(base64.b64encode(hmac.new(b"api-secret",m.encode(),hashlib.sha256).digest()).decode())'
    let signer = HmacRequestSigner::new("api-secret", "{date}|{method}|{url}|{body}", "Signature")
        .timestamp_header("Date", TimestampFormat::Rfc3339)
        .static_header("API-Token", "tok-123")
        .clock(|| UNIX_EPOCH + Duration::from_secs(1_718_582_400));
    let mut req = paygen_runtime::reqwest::Client::new()
        .post("https://api.example.com/api/order/pay-url?x=1")
        .body("{\"price\":\"1\"}")
        .build()
        .unwrap();
    signer.sign(&mut req).unwrap();
    assert_eq!(req.headers()["date"], "2024-06-17T00:00:00Z");
    assert_eq!(req.headers()["api-token"], "tok-123");
    assert_eq!(
        req.headers()["signature"],
        "XPfwN4huHhTAlg7QtDjRlbHnrMIAYLKt/5nZiAQF6jc="
    );
    let dbg = format!("{signer:?}");
    assert!(
        !dbg.contains("api-secret") && !dbg.contains("tok-123"),
        "{dbg}"
    );

    // Signed wraps any RequestSigner, called on every attempt.
    let server = MockServer::start().await;
    Mock::given(path("/api"))
        .respond_with(|r: &Request| {
            ResponseTemplate::new(if r.headers.contains_key("x-sig") {
                200
            } else {
                400
            })
        })
        .mount(&server)
        .await;
    let c = core(
        &server.uri(),
        Arc::new(Signed::new(Arc::new(Counting(0.into())))),
    );
    assert_eq!(c.execute::<()>(call()).await.unwrap().status, 200);
}

fn hex_bytes(text: &str) -> Vec<u8> {
    let digits = text.trim_start_matches("0x");
    (0..digits.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&digits[i..i + 2], 16).unwrap())
        .collect()
}
