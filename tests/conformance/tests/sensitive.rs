//! Sensitive fields through the generated crates: `Debug` never shows them, the wire is
//! unchanged, and a server that echoes them does not get them into our errors.

use paygen_runtime::Decimal;
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const PAN: &str = "4111111111111111";
const CVV: &str = "737";
const PIN_BLOCK: &str = "A1B2C3D4E5F60718";
const TRACK1: &str = "%B4111111111111111^DOE/JOHN^2512101000000000?";
const TRACK2: &str = ";4111111111111111=25121010000000000000?";
const PASSWORD: &str = "S3cr3t\"pa$$word";

/// Asserts `{:?}` and `{:#?}` of `value` show none of `secrets`, and `{:?}` shows each of
/// `shown`.
fn assert_debug_hides(value: &impl std::fmt::Debug, secrets: &[&str], shown: &[&str]) {
    let compact = format!("{value:?}");
    for text in [&compact, &format!("{value:#?}")] {
        for secret in secrets {
            assert!(!text.contains(secret), "{secret:?} shown in {text}");
        }
    }
    for part in shown {
        assert!(compact.contains(part), "{part:?} missing from {compact}");
    }
}

fn arise_sale() -> arise_client::models::CreateSaleRequest {
    arise_client::models::CreateSaleRequest::new(
        Decimal::new(1250, 2),
        PAN,
        arise_client::models::CardDataSource::Swipe,
        840,
        12,
        2030,
    )
    .security_code(CVV)
    .pin(PIN_BLOCK)
    .pin_ksn("FFFF9876543210E00001")
    .track1(TRACK1)
    .track2(TRACK2)
    .emv_tags(vec![format!("5A08{PAN}")])
}

#[test]
fn arise_card_data_is_redacted_in_debug_and_sent_unchanged() {
    let sale = arise_sale();
    assert_debug_hides(
        &sale,
        &[PAN, CVV, PIN_BLOCK, TRACK1, TRACK2, "=2512"],
        &[
            "[redacted ••••1111]",
            "security_code: Value([redacted])",
            "pin: Value([redacted])",
            // Not sensitive: a DUKPT key serial number, and the amount.
            "FFFF9876543210E00001",
            "12.50",
            // Options and lists keep their shape.
            "emv_tags: Value([[redacted]])",
            "customer_id: Absent",
        ],
    );
    // The wire is untouched: every value as given, byte for byte.
    let wire = serde_json::to_string(&sale).unwrap();
    assert_eq!(
        wire,
        concat!(
            r#"{"amount":12.50,"accountNumber":"4111111111111111","cardDataSource":2,"#,
            r#""currencyId":840,"expirationMonth":12,"expirationYear":2030,"#,
            r#""securityCode":"737","#,
            r#""track1":"%B4111111111111111^DOE/JOHN^2512101000000000?","#,
            r#""track2":";4111111111111111=25121010000000000000?","#,
            r#""emvTags":["5A084111111111111111"],"#,
            r#""pin":"A1B2C3D4E5F60718","pinKsn":"FFFF9876543210E00001"}"#,
        )
    );
    let back: arise_client::models::CreateSaleRequest = serde_json::from_str(&wire).unwrap();
    assert_eq!(back, sale);
    assert_eq!(serde_json::to_string(&back).unwrap(), wire);
}

#[test]
fn arise_authorize_and_nested_payment_methods_are_redacted() {
    let authorize: arise_client::models::AuthorizeTransactionRequest =
        serde_json::from_value(json!({
            "amount": 5, "accountNumber": PAN, "securityCode": CVV, "pin": PIN_BLOCK,
            "track2": TRACK2, "cardDataSource": 2, "currencyId": 840,
            "expirationMonth": 12, "expirationYear": 2030
        }))
        .unwrap();
    assert_debug_hides(&authorize, &[PAN, CVV, PIN_BLOCK, TRACK2], &["••••1111"]);
    // A response listing saved payment methods: masked PANs and ACH numbers, nested in a list.
    let methods: Vec<arise_client::models::GetCustomerPaymentMethodsResponse> =
        serde_json::from_value(json!([
            {"panMask": "411111******1111", "cardTokenType": 1},
            {"accountNumber": "000123456789", "routingNumber": "011000015", "taxId": "123-45-6789"}
        ]))
        .unwrap();
    assert_debug_hides(
        &methods,
        &["411111", "000123456789", "011000015", "123-45-6789"],
        &["[redacted ••••1111]", "routing_number: Some([redacted])"],
    );
}

#[test]
fn login_passwords_and_tokens_are_redacted() {
    let login = sdk_finance_client::models::LoginRequest::new("user@example.com", PASSWORD);
    assert_debug_hides(&login, &["S3cr3t"], &["user@example.com", "[redacted]"]);
    assert_eq!(
        serde_json::to_string(&login).unwrap(),
        r#"{"login":"user@example.com","password":"S3cr3t\"pa$$word"}"#
    );
    let token: sdk_finance_client::models::AuthorizationResponse = serde_json::from_value(json!({
        "action": "LOGIN",
        "authorizationToken": {"token": "tok-123456789", "expiresAt": "2030-01-01T00:00:00Z"}
    }))
    .unwrap();
    assert_debug_hides(&token, &["tok-123456789"], &["2030-01-01"]);

    // Rise CRM: the password grant inside the token request union.
    let grant: rise_crm_client::models::TokenRequest = serde_json::from_value(json!({
        "grant_type": "password", "username": "boarding@example.com", "password": PASSWORD,
        "client_id": "rise-id", "client_secret": "rise-secret-0123", "scope": "offline_access"
    }))
    .unwrap();
    assert_debug_hides(
        &grant,
        &["S3cr3t", "rise-secret-0123"],
        &["PasswordGrantRequest(", "boarding@example.com", "rise-id"],
    );
    let tokens: rise_crm_client::models::TokenResponse = serde_json::from_value(json!({
        "access_token": "at-0123456789", "refresh_token": "rt-0123456789",
        "token_type": "Bearer", "expires_in": 300
    }))
    .unwrap();
    assert_debug_hides(&tokens, &["at-0123456789", "rt-0123456789"], &["Bearer"]);
}

#[test]
fn raise_cards_hide_number_pin_link_and_barcode() {
    let document: raise_client::models::CardDocument = serde_json::from_value(json!({
        "data": {
            "type": "cards",
            "id": "a27c1e40-8c1f-48b7-b366-5c006abea9cd",
            "attributes": {
                "brand_name": "Lowe's",
                "balance": 2500,
                "number": {"label": "Card Number", "value": "5281 5281 5281 5281", "raw": "5281528152815281"},
                "csc": {"label": "PIN", "value": "1234", "raw": "1234"},
                "url": {"label": "View", "raw": "https://www.vcdelivery.com/vcert/b9ec093b"},
                "barcode": {"type": "QR_CODE", "value": "5281528152815281"}
            }
        }
    }))
    .unwrap();
    assert_debug_hides(
        &document,
        &["5281", "1234", "vcdelivery", "QR_CODE"],
        &["Lowe's", "2500", "number: [redacted]", "csc: [redacted]"],
    );
}

#[tokio::test]
async fn a_password_the_server_echoes_is_scrubbed_from_errors() {
    let server = MockServer::start().await;
    // The server quotes the password back, raw and JSON-escaped, in its error body.
    let echoed = json!({
        "code": "bad_credentials",
        "message": format!("wrong password {PASSWORD} for user@example.com"),
        "errors": []
    });
    Mock::given(method("POST"))
        .and(path("/authorization"))
        .respond_with(ResponseTemplate::new(401).set_body_json(echoed))
        .mount(&server)
        .await;
    let client = sdk_finance_client::Client::builder()
        .base_url(server.uri())
        .retry(sdk_finance_client::RetryPolicy::none())
        .build()
        .unwrap();
    let login = sdk_finance_client::models::LoginRequest::new("user@example.com", PASSWORD);
    let error = client
        .authorization()
        .authorize(login)
        .send()
        .await
        .unwrap_err();
    for text in [
        error.to_string(),
        format!("{error:?}"),
        format!("{error:#?}"),
    ] {
        assert!(!text.contains("S3cr3t"), "{text}");
        assert!(
            text.contains("wrong password [redacted] for user@example.com"),
            "{text}"
        );
    }
    let paygen_runtime::Error::Api(api) = &error else {
        panic!("an API error: {error:?}");
    };
    assert_eq!(api.status, 401);
    assert!(!String::from_utf8_lossy(&api.raw).contains("S3cr3t"));
    let body = api.body.as_ref().expect("the typed body still decodes");
    assert_eq!(body.code, "bad_credentials");
    // What was sent was the password itself.
    let sent = &server.received_requests().await.unwrap()[0];
    assert!(String::from_utf8_lossy(&sent.body).contains("S3cr3t"));
}

#[tokio::test]
async fn a_client_secret_echoed_in_a_form_token_error_is_scrubbed() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/oauth2/token"))
        .respond_with(
            ResponseTemplate::new(400)
                .set_body_string("invalid_client: rise-secret-0123 does not match rise-id"),
        )
        .mount(&server)
        .await;
    let client = rise_crm_client::Client::builder()
        .base_url(server.uri())
        .retry(rise_crm_client::RetryPolicy::none())
        .build()
        .unwrap();
    let grant: rise_crm_client::models::TokenRequest = serde_json::from_value(json!({
        "grant_type": "password", "username": "boarding@example.com", "password": PASSWORD,
        "client_id": "rise-id", "client_secret": "rise-secret-0123", "scope": "offline_access"
    }))
    .unwrap();
    let error = client.auth().request_token(grant).send().await.unwrap_err();
    let text = format!("{error} {error:?}");
    assert!(!text.contains("rise-secret-0123"), "{text}");
    assert!(
        text.contains("invalid_client: [redacted] does not match rise-id"),
        "{text}"
    );
}

#[tokio::test]
async fn credentials_of_the_client_are_scrubbed_from_errors_of_any_call() {
    let server = MockServer::start().await;
    let expires = "2099-01-01T00:00:00Z";
    Mock::given(method("POST"))
        .and(path("/authorization"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "action": "LOGIN",
            "authorizationToken": {"token": "auth-token-0123456789", "expiresAt": expires},
            "members": [{"role": "INDIVIDUAL", "token": {"token": "member-token-0123456789", "expiresAt": expires}}]
        })))
        .mount(&server)
        .await;
    // A misbehaving server that quotes the session token and the password back.
    Mock::given(method("GET"))
        .and(path("/coins"))
        .respond_with(ResponseTemplate::new(403).set_body_json(json!({
            "code": "forbidden",
            "message": format!("token member-token-0123456789 (login user@example.com / {PASSWORD}) may not list coins"),
            "errors": []
        })))
        .mount(&server)
        .await;
    let client = sdk_finance_client::Client::builder()
        .base_url(server.uri())
        .login("user@example.com", PASSWORD)
        .retry(sdk_finance_client::RetryPolicy::none())
        .build()
        .unwrap();
    let error = client.coins().list_coins().send().await.unwrap_err();
    let text = format!("{error} {error:?} {error:#?}");
    assert!(!text.contains("member-token-0123456789"), "{text}");
    assert!(!text.contains("S3cr3t"), "{text}");
    assert!(
        text.contains("token [redacted] (login user@example.com / [redacted]) may not list coins"),
        "{text}"
    );
    // The token really was sent: the scrubbing is what kept it out.
    let sent = requests_to(&server, "/coins").await;
    assert!(sent[0].contains("member-token-0123456789"), "{sent:?}");
}

/// The `Authorization` headers of the requests the server received on `p`.
async fn requests_to(server: &MockServer, p: &str) -> Vec<String> {
    server
        .received_requests()
        .await
        .unwrap_or_default()
        .into_iter()
        .filter(|r| r.url.path() == p)
        .map(|r| {
            r.headers
                .get("authorization")
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_string()
        })
        .collect()
}

#[tokio::test]
async fn sensitive_parameters_and_nested_fields_are_scrubbed_from_errors() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/cards"))
        .respond_with(ResponseTemplate::new(400).set_body_json(json!({
            "code": "refused",
            "message": "otp otp-123456, pin 9876, holder password hunter2-holder, card 4000056655665556"
        })))
        .mount(&server)
        .await;
    let client = fixture_types::Client::builder()
        .base_url(server.uri())
        .build()
        .unwrap();
    let card = fixture_types::models::CardRequest::new("4000056655665556", "travel").holder(
        fixture_types::models::CardHolder {
            name: None,
            password: Some("hunter2-holder".into()),
        },
    );
    let error = client
        .cards()
        .add_card(card)
        .x_card_pin("9876")
        .otp("otp-123456")
        .send()
        .await
        .unwrap_err();
    let text = format!("{error} {error:?}");
    assert!(
        text.contains(
            "otp [redacted], pin [redacted], holder password [redacted], card [redacted]"
        ),
        "{text}"
    );
    // They were sent as given.
    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(sent.url.query(), Some("otp=otp-123456"));
    assert_eq!(sent.headers.get("x-card-pin").unwrap(), "9876");
}
