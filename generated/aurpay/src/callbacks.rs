//! Verifying the signed callbacks the API sends: build a verifier with your callback
//! secret, then pass it the timestamp header, the callback URL and the signature header
//! of each request you receive. Verification fails closed.
/// A verifier for `OrderSucceeded` callbacks.
///
/// The signature is the base64 HMAC-SHA256 of `{date}|{callback_url}` in the `Signature` header; the time is in the `Date` header.
///
/// **Inferred:** tolerance-seconds is not documented; 300 s is a conventional replay window. The docs render the template with spaces around '|' ('{date} | {callback_url}'); the no-space form is assumed.
pub fn order_succeeded(
    secret: impl Into<paygen_runtime::Secret>,
) -> paygen_runtime::callback::HmacVerifier {
    paygen_runtime::callback::HmacVerifier::new(secret, "{date}|{callback_url}")
        .tolerance(std::time::Duration::from_secs(300))
}
/// A verifier for `OrderTimedOut` callbacks.
///
/// The signature is the base64 HMAC-SHA256 of `{date}|{callback_url}` in the `Signature` header; the time is in the `Date` header.
///
/// **Inferred:** tolerance-seconds is not documented; 300 s is a conventional replay window. {callback_url} is assumed to be the URL actually called, here timeout_callback.
pub fn order_timed_out(
    secret: impl Into<paygen_runtime::Secret>,
) -> paygen_runtime::callback::HmacVerifier {
    paygen_runtime::callback::HmacVerifier::new(secret, "{date}|{callback_url}")
        .tolerance(std::time::Duration::from_secs(300))
}
