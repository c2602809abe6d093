//! Verifying the signed callbacks the API sends: build a verifier with your callback
//! secret, then pass it the timestamp header, the callback URL and the signature header
//! of each request you receive. Verification fails closed.
/// A verifier for `OrderPaid` callbacks.
///
/// The signature is the base64 HMAC-SHA256 of `{date}|{callback_url}` in the `Signature` header; the time is in the `Date` header.
pub fn order_paid(
    secret: impl Into<paygen_runtime::Secret>,
) -> paygen_runtime::callback::HmacVerifier {
    paygen_runtime::callback::HmacVerifier::new(secret, "{date}|{callback_url}")
        .tolerance(std::time::Duration::from_secs(120))
}
