//! Raise customer authentication through `raise-client`'s public API, against a mock Raise
//! that keeps the registered public keys and really verifies each signed nonce with them
//! (schnorrkel for SR25519, ring for RSA), sends and checks codes, and issues, expires and
//! refreshes customer tokens.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use raise_client::client::registered_key;
use raise_client::models::{AuthMethodRequestAttributes, AuthMethodType};
use raise_client::runtime::auth::{RsaSha256Signer, Signer, Sr25519Signer};
use serde_json::{json, Value};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const CLIENT_BASIC: &str = "Basic cmFpc2UtaWQ6cmFpc2Utc2VjcmV0"; // raise-id:raise-secret
const SMS_CODE: &str = "246810";
const TOTP_CODE: &str = "135790";

/// What the mock server knows.
#[derive(Default)]
struct State {
    /// Customer id → (method type, registered `method` value).
    methods: HashMap<String, (String, String)>,
    /// Customer id → the last nonce handed out (bytes).
    nonces: HashMap<String, Vec<u8>>,
    /// Customer id → an SMS code was sent.
    sms_sent: HashMap<String, bool>,
    /// Token → customer id and expiry (Unix seconds).
    tokens: HashMap<String, (String, i64)>,
    /// Lifetime of the next tokens, seconds from now (negative: already expired).
    lifetime: i64,
    issued: usize,
    /// Counts per action.
    actions: HashMap<String, usize>,
    rejected_signatures: usize,
}

#[derive(Clone, Default)]
struct MockRaise(Arc<Mutex<State>>);

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    let t = text.strip_prefix("0x")?;
    (0..t.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(t.get(i..i + 2)?, 16).ok())
        .collect()
}

fn error(status: u16, code: &str) -> ResponseTemplate {
    ResponseTemplate::new(status)
        .set_body_json(json!({"errors": [{"id": "e-1", "code": code, "title": code}]}))
}

/// Verifies `signature` over `nonce` with the registered public key, as Raise would.
fn verify(method: &str, public: &[u8], nonce: &[u8], signature: &[u8]) -> bool {
    match method {
        "SR25519_KEY_PAIR" => {
            let (Ok(public), Ok(signature)) = (
                schnorrkel::PublicKey::from_bytes(public),
                schnorrkel::Signature::from_bytes(signature),
            ) else {
                return false;
            };
            let mut transcript = merlin::Transcript::new(b"raise-auth");
            transcript.append_message(b"challenge-nonce", nonce);
            public.verify(transcript, &signature).is_ok()
        }
        "RSA_KEY_PAIR" => {
            // The registered key is a DER SubjectPublicKeyInfo; for a 2048-bit key the PKCS#1
            // RSAPublicKey ring wants starts after its 24-byte header.
            let Some(pkcs1) = public.get(24..) else {
                return false;
            };
            ring::signature::UnparsedPublicKey::new(
                &ring::signature::RSA_PKCS1_2048_8192_SHA256,
                pkcs1,
            )
            .verify(nonce, signature)
            .is_ok()
        }
        _ => false,
    }
}

impl MockRaise {
    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.0.lock().unwrap()
    }

    fn count(&self, action: &str) -> usize {
        self.state().actions.get(action).copied().unwrap_or(0)
    }

    fn issue(&self, st: &mut State, customer: &str) -> ResponseTemplate {
        st.issued += 1;
        let token = format!("cust-{customer}-{}", st.issued);
        let expires_at = now() + st.lifetime;
        st.tokens
            .insert(token.clone(), (customer.to_string(), expires_at));
        ResponseTemplate::new(201).set_body_json(json!({"data": {"type": "auth/tokens",
            "id": format!("t-{}", st.issued),
            "attributes": {"token": token, "type": "BEARER", "expires_at": expires_at}}}))
    }

    fn auth_methods(&self, request: &Request, customer: &str) -> ResponseTemplate {
        let body: Value = serde_json::from_slice(&request.body).unwrap_or_default();
        let attributes = &body["data"]["attributes"];
        let method_type = attributes["type"].as_str().unwrap_or_default().to_string();
        let method = attributes["method"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        self.state()
            .methods
            .insert(customer.to_string(), (method_type.clone(), method));
        ResponseTemplate::new(201).set_body_json(json!({"data": {"type": "auth/methods",
            "id": "m-1", "attributes": {"type": method_type}}}))
    }

    fn auth_tokens(&self, request: &Request, customer: &str) -> ResponseTemplate {
        let body: Value = serde_json::from_slice(&request.body).unwrap_or_default();
        if body["data"]["type"] != "auth/tokens" {
            return error(422, "ErrCodeUnprocessableEntity");
        }
        let attributes = &body["data"]["attributes"];
        let action = attributes["action"].as_str().unwrap_or_default();
        let mut st = self.state();
        *st.actions.entry(action.to_string()).or_default() += 1;
        let Some((method_type, method)) = st.methods.get(customer).cloned() else {
            return error(404, "ErrCodeNotFound");
        };
        match action {
            "GENERATE_NONCE" => {
                let nonce: Vec<u8> = (0..32u8)
                    .map(|i| i.wrapping_mul(7) ^ st.issued as u8)
                    .collect();
                st.nonces.insert(customer.to_string(), nonce.clone());
                ResponseTemplate::new(201).set_body_json(json!({"data": {"type": "auth/tokens",
                    "id": "n-1", "attributes": {"type": method_type, "nonce": format!("0x{}", hex(&nonce))}}}))
            }
            "SEND_VERIFICATION" if method_type == "SMS" => {
                st.sms_sent.insert(customer.to_string(), true);
                ResponseTemplate::new(201).set_body_json(json!({"data": {"type": "auth/tokens",
                    "id": "s-1", "attributes": {"type": "SMS"}}}))
            }
            "VALIDATE_VERIFICATION" => {
                let accepted = if let Some(signed) = attributes["signed_nonce"].as_str() {
                    let nonce = st.nonces.remove(customer).unwrap_or_default();
                    match (unhex(&method), unhex(signed)) {
                        (Some(public), Some(signature)) => {
                            verify(&method_type, &public, &nonce, &signature)
                        }
                        _ => false,
                    }
                } else {
                    let code = attributes["code"].as_str().unwrap_or_default();
                    match method_type.as_str() {
                        "SMS" => st.sms_sent.remove(customer).is_some() && code == SMS_CODE,
                        "TOTP" => code == TOTP_CODE,
                        _ => false,
                    }
                };
                if !accepted {
                    st.rejected_signatures += 1;
                    return error(401, "ErrCodeUnauthorized");
                }
                self.issue(&mut st, customer)
            }
            "REFRESH" => self.issue(&mut st, customer),
            _ => error(400, "ErrCodeBadRequest"),
        }
    }

    fn balance(&self, request: &Request) -> ResponseTemplate {
        let header = |name: &str| {
            request
                .headers
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_string()
        };
        let token = header("authorization");
        let token = token.strip_prefix("Bearer ").unwrap_or_default();
        let owner = self.state().tokens.get(token).cloned();
        match owner {
            // A token is refused from its `expires_at` on.
            Some((customer, expires_at))
                if customer == header("x-customerid") && now() < expires_at =>
            {
                ResponseTemplate::new(200).set_body_json(json!({"data": {"type": "balance",
                    "id": customer, "attributes": {"available_balance": 100, "reserved_balance": 0,
                    "pending_balance": 0}}}))
            }
            _ => error(401, "ErrCodeUnauthorized"),
        }
    }
}

impl Respond for MockRaise {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let customer = request
            .headers
            .get("x-customerid")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_string();
        let basic = request
            .headers
            .get("authorization")
            .and_then(|v| v.to_str().ok())
            == Some(CLIENT_BASIC);
        match (request.method.as_str(), request.url.path()) {
            ("POST", "/auth/methods" | "/auth/tokens") if !basic || customer.is_empty() => {
                error(401, "ErrCodeUnauthorized")
            }
            ("POST", "/auth/methods") => self.auth_methods(request, &customer),
            ("POST", "/auth/tokens") => self.auth_tokens(request, &customer),
            ("GET", "/balance") => self.balance(request),
            _ => error(404, "ErrCodeNotFound"),
        }
    }
}

async fn start(lifetime: i64) -> (MockServer, MockRaise, raise_client::Client) {
    let server = MockServer::start().await;
    let raise = MockRaise::default();
    raise.state().lifetime = lifetime;
    Mock::given(wiremock::matchers::any())
        .respond_with(raise.clone())
        .mount(&server)
        .await;
    let client = raise_client::Client::builder()
        .base_url(server.uri())
        .basic_auth("raise-id", "raise-secret")
        .build()
        .unwrap();
    (server, raise, client)
}

/// Registers a method for `customer` through the generated `create_auth_method`.
async fn register(
    client: &raise_client::Client,
    customer: &str,
    kind: AuthMethodType,
    method: Option<String>,
) {
    let mut attributes = AuthMethodRequestAttributes::new(kind);
    if let Some(method) = method {
        attributes = attributes.method(method);
    }
    client
        .auth()
        .create_auth_method(customer, attributes)
        .send()
        .await
        .unwrap();
}

async fn balance_id(customer: &raise_client::Client) -> Result<String, raise_client::Error> {
    let document = customer.balance().get_balance().send().await?;
    Ok(document.data.id)
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

#[tokio::test]
async fn sr25519_key_pair_signs_in_and_the_server_verifies_the_signature() {
    let (_server, raise, client) = start(3600).await;
    let signer = Sr25519Signer::generate();
    let key = registered_key(&signer);
    assert!(key.starts_with("0x") && key.len() == 66, "{key}");
    register(&client, "c-sr", AuthMethodType::Sr25519KeyPair, Some(key)).await;

    let customer = client.customer("c-sr").sr25519(signer.clone());
    assert_eq!(customer.customer_id(), "c-sr");
    // Eight concurrent calls: one nonce, one validation (single flight), every call served.
    let calls = (0..8).map(|_| balance_id(&customer));
    for id in futures::future::join_all(calls).await {
        assert_eq!(id.unwrap(), "c-sr");
    }
    assert_eq!(raise.count("GENERATE_NONCE"), 1);
    assert_eq!(raise.count("VALIDATE_VERIFICATION"), 1);
    assert_eq!(raise.state().rejected_signatures, 0);
    let token = customer.token().unwrap();
    assert!(token.expose().starts_with("cust-c-sr-"));
    assert!(
        !format!("{customer:?}").contains(token.expose()),
        "Debug leaks the token"
    );

    // Another customer's key does not verify against c-sr's registered key.
    let impostor = client.customer("c-sr").sr25519(Sr25519Signer::generate());
    match balance_id(&impostor).await {
        Err(raise_client::Error::Auth(e)) => assert!(e.to_string().contains("401"), "{e}"),
        other => panic!("a wrong key must be refused: {other:?}"),
    }
    assert_eq!(raise.state().rejected_signatures, 1);
}

#[tokio::test]
async fn rsa_key_pair_signs_in_and_the_server_verifies_the_signature() {
    let (_server, raise, client) = start(3600).await;
    let signer = RsaSha256Signer::from_pem(TEST_RSA_KEY).unwrap();
    register(
        &client,
        "c-rsa",
        AuthMethodType::RsaKeyPair,
        Some(registered_key(&signer)),
    )
    .await;
    let customer = client.customer("c-rsa").rsa(signer);
    assert_eq!(balance_id(&customer).await.unwrap(), "c-rsa");
    assert_eq!(balance_id(&customer).await.unwrap(), "c-rsa");
    assert_eq!(raise.count("GENERATE_NONCE"), 1);
    assert_eq!(raise.state().rejected_signatures, 0);
    // The server client (no customer) is unchanged: it has no bearer credentials of its own
    // beyond the token exchange, which this mock does not serve.
    assert!(balance_id(&client).await.is_err());
}

#[tokio::test]
async fn sms_code_signs_in_and_tokens_are_per_customer() {
    let (_server, raise, client) = start(3600).await;
    register(
        &client,
        "c-sms",
        AuthMethodType::Sms,
        Some("2345678901".into()),
    )
    .await;
    register(&client, "c-totp", AuthMethodType::Totp, None).await;

    let sent = client.customer("c-sms").send_code().await.unwrap();
    assert_eq!(raise.count("SEND_VERIFICATION"), 1);
    let sms = sent.verify(SMS_CODE).await.unwrap();
    let totp = client
        .customer("c-totp")
        .verify_code(TOTP_CODE)
        .await
        .unwrap();
    // Each customer's calls carry its own token and id.
    assert_eq!(balance_id(&sms).await.unwrap(), "c-sms");
    assert_eq!(balance_id(&totp).await.unwrap(), "c-totp");
    assert_ne!(
        sms.token().unwrap().expose(),
        totp.token().unwrap().expose()
    );

    // A wrong code is an error, not a client.
    match client.customer("c-totp").verify_code("000000").await {
        Err(raise_client::Error::Auth(_)) => {}
        other => panic!("{other:?}"),
    }
    // Without a sent code, SMS validation fails too.
    assert!(client
        .customer("c-sms")
        .verify_code(SMS_CODE)
        .await
        .is_err());

    // A saved token resumes without the customer.
    let saved = totp.token().unwrap();
    let resumed = client.customer("c-totp").token(saved, None);
    assert_eq!(balance_id(&resumed).await.unwrap(), "c-totp");
    assert_eq!(raise.count("VALIDATE_VERIFICATION"), 4);
}

/// Past the end of a token's life: tokens live until the next whole second.
async fn outlive_token() {
    tokio::time::sleep(Duration::from_millis(1100)).await;
}

#[tokio::test]
async fn expiring_tokens_are_refreshed_before_use() {
    // The mock refuses a token from its `expires_at` on, so a call succeeds only if the client
    // renewed the token with REFRESH before sending it (a TOTP customer has no key to sign in
    // again with after a 401).
    let (_server, raise, client) = start(1).await;
    register(&client, "c-totp", AuthMethodType::Totp, None).await;
    let customer = client
        .customer("c-totp")
        .verify_code(TOTP_CODE)
        .await
        .unwrap();
    let first = customer.token().unwrap();
    outlive_token().await;
    assert_eq!(balance_id(&customer).await.unwrap(), "c-totp");
    assert_eq!(raise.count("REFRESH"), 1, "refreshed before the call");
    let second = customer.token().unwrap();
    assert_ne!(first.expose(), second.expose());

    // A key pair's token is refreshed too, without a new signature.
    let signer = Sr25519Signer::generate();
    register(
        &client,
        "c-key",
        AuthMethodType::Sr25519KeyPair,
        Some(registered_key(&signer)),
    )
    .await;
    let keyed = client.customer("c-key").sr25519(signer);
    assert_eq!(balance_id(&keyed).await.unwrap(), "c-key");
    outlive_token().await;
    assert_eq!(balance_id(&keyed).await.unwrap(), "c-key");
    assert_eq!(raise.count("GENERATE_NONCE"), 1);
    assert_eq!(raise.count("REFRESH"), 2);
    // Clones share the token.
    let clone = keyed.clone();
    assert_eq!(
        clone.token().unwrap().expose(),
        keyed.token().unwrap().expose()
    );
}

#[tokio::test]
async fn a_revoked_token_is_replaced_by_a_new_signature() {
    let (_server, raise, client) = start(3600).await;
    let signer = Sr25519Signer::from_hex(&hex(&[7u8; 32])).unwrap();
    register(
        &client,
        "c-key",
        AuthMethodType::Sr25519KeyPair,
        Some(format!("0x{}", signer.public_key_hex())),
    )
    .await;
    let customer = client.customer("c-key").sr25519(signer);
    assert_eq!(balance_id(&customer).await.unwrap(), "c-key");
    raise.state().tokens.clear(); // the server forgets every token
    assert_eq!(balance_id(&customer).await.unwrap(), "c-key");
    assert_eq!(
        raise.count("GENERATE_NONCE"),
        2,
        "signed in again after the 401"
    );
}
