//! `x-sensitive` in the types fixture (`CardRequest`): redacted `Debug` at every depth, in
//! unions, `Option`, `Vec`, maps and `Nullable`, an unchanged wire, and the values a request
//! reports for scrubbing.

use std::collections::BTreeMap;

use fixture_types::models::{CardHolder, CardRequest, Credential};
use paygen_runtime::redact::SensitiveValues;

const PAN: &str = "4000056655665556";

fn card() -> CardRequest {
    CardRequest::new(PAN, "travel card")
        .cvv("737")
        .pin_block("PINBLOCK99")
        .pins(vec!["1111".into(), "2222".into()])
        .secrets(BTreeMap::from([("atm".to_string(), "3333".to_string())]))
        .holder(CardHolder {
            name: Some("Jo".into()),
            password: Some("hunter2-holder".into()),
        })
        .backups(vec![CardHolder {
            name: Some("Backup".into()),
            password: Some("hunter2-backup".into()),
        }])
        .credential(Credential::CardNumber("5555555555554444".into()))
        .visible("shown-on-purpose")
}

const SECRETS: &[&str] = &[
    "4000056655665556",
    "737",
    "PINBLOCK99",
    "1111",
    "2222",
    "3333",
    "hunter2",
    "5555555555554444",
];

#[test]
fn debug_redacts_sensitive_values_at_every_depth() {
    let card = card();
    let compact = format!("{card:?}");
    let pretty = format!("{card:#?}");
    for text in [&compact, &pretty] {
        for secret in SECRETS {
            assert!(!text.contains(secret), "{secret} shown in {text}");
        }
    }
    for part in [
        // A named string schema marked `last4`.
        "number: [redacted ••••5556]",
        "label: \"travel card\"",
        "cvv: Some([redacted])",
        "pin_block: Value([redacted])",
        "pins: Some([[redacted], [redacted]])",
        "secrets: Some({\"atm\": [redacted]})",
        // Nested objects and lists of them print their own fields redacted.
        "holder: Some(CardHolder { name: Some(\"Jo\"), password: Some([redacted]) })",
        "backups: Some([CardHolder { name: Some(\"Backup\"), password: Some([redacted]) }])",
        // A union variant of the sensitive schema.
        "credential: Some(CardNumber([redacted ••••4444]))",
        // `x-sensitive: false` wins over `format: password`.
        "visible: Some(\"shown-on-purpose\")",
    ] {
        assert!(compact.contains(part), "{part} missing from {compact}");
    }
    // Absent and null stay visible: they say nothing of the value.
    let cleared = CardRequest::new(PAN, "x").clear_pin_block();
    assert!(format!("{cleared:?}").contains("pin_block: Null, pins: None"));
}

#[test]
fn the_wire_is_unchanged() {
    let card = card();
    let wire = serde_json::to_string(&card).unwrap();
    assert_eq!(
        wire,
        concat!(
            r#"{"number":"4000056655665556","label":"travel card","cvv":"737","#,
            r#""pinBlock":"PINBLOCK99","pins":["1111","2222"],"secrets":{"atm":"3333"},"#,
            r#""holder":{"name":"Jo","password":"hunter2-holder"},"#,
            r#""backups":[{"name":"Backup","password":"hunter2-backup"}],"#,
            r#""credential":"5555555555554444","visible":"shown-on-purpose"}"#
        )
    );
    let back: CardRequest = serde_json::from_str(&wire).unwrap();
    assert_eq!(back, card);
    assert_eq!(serde_json::to_string(&back).unwrap(), wire);
}

#[test]
fn a_request_reports_every_sensitive_value_it_holds() {
    let mut seen = Vec::new();
    card().sensitive_values(&mut |value: &str| seen.push(value.to_string()));
    assert_eq!(
        seen,
        [
            PAN,
            "737",
            "PINBLOCK99",
            "1111",
            "2222",
            "3333",
            "hunter2-holder",
            "hunter2-backup",
            "5555555555554444",
        ]
    );
    // The request keeps them to scrub the call's errors; the body is sent as it is.
    let mut request = paygen_runtime::ApiRequest::default();
    request.sensitive_values_of(&card());
    assert_eq!(
        request
            .sensitive
            .text(&format!("{PAN} and hunter2-holder; label travel card")),
        "[redacted] and [redacted]; label travel card"
    );
}

#[test]
fn sensitive_parameters_are_redacted_in_the_calls_debug() {
    let client = fixture_types::Client::builder()
        .base_url("http://127.0.0.1:9")
        .build()
        .unwrap();
    let call = client
        .cards()
        .add_card(card())
        .x_card_pin("9876")
        .otp("otp-123456")
        .label("groceries");
    let text = format!("{call:?} {call:#?}");
    for secret in ["9876", "otp-123456"].iter().chain(SECRETS) {
        assert!(!text.contains(secret), "{secret} shown in {text}");
    }
    assert!(
        text.contains(
            "x_card_pin: Some([redacted]), otp: Some([redacted]), label: Some(\"groceries\")"
        ),
        "{text}"
    );
}
