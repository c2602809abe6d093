//! The callback verifiers the generator makes from `x-signature` callbacks, checked with a
//! vector computed independently:
//! `python3 -c "import hmac,hashlib,base64; print(base64.b64encode(hmac.new(b'callback-secret-1',
//! b'Sun, 22 Nov 2026 04:00:00 GMT|https://merchant.example/aurpay/callback?order=42',
//! hashlib.sha256).digest()).decode())"`.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

const DATE: &str = "Sun, 22 Nov 2026 04:00:00 GMT";
const URL: &str = "https://merchant.example/aurpay/callback?order=42";
const SIGNATURE: &str = "RM9WgTME3pf6YZbQsHV8IN/cZl0vpgfr7VAQVXLzQx4=";

fn sent_at() -> SystemTime {
    // 2026-11-22T04:00:00Z
    UNIX_EPOCH + Duration::from_secs(1_795_320_000)
}

#[test]
fn generated_verifier_accepts_the_vendor_signature() {
    let verifier = aurpay_client::callbacks::order_succeeded("callback-secret-1");
    verifier
        .verify_at(
            Some(DATE),
            URL,
            Some(SIGNATURE),
            sent_at() + Duration::from_secs(10),
        )
        .unwrap();
}

#[test]
fn generated_verifier_fails_closed() {
    let verifier = aurpay_client::callbacks::order_succeeded("callback-secret-1");
    let now = sent_at();
    assert!(
        verifier
            .verify_at(
                Some(DATE),
                URL,
                Some(SIGNATURE),
                now + Duration::from_secs(301)
            )
            .is_err(),
        "the spec's 300 s tolerance"
    );
    assert!(verifier
        .verify_at(
            Some(DATE),
            "https://merchant.example/other",
            Some(SIGNATURE),
            now
        )
        .is_err());
    assert!(verifier.verify_at(None, URL, Some(SIGNATURE), now).is_err());
    assert!(verifier.verify_at(Some(DATE), URL, None, now).is_err());
    let wrong_secret = aurpay_client::callbacks::order_succeeded("another-secret");
    assert!(wrong_secret
        .verify_at(Some(DATE), URL, Some(SIGNATURE), now)
        .is_err());
}
