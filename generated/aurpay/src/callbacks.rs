//! Verifying the signed callbacks the API sends: build a verifier with your callback
//! secret, then pass it the timestamp header, the callback URL and the signature header
//! of each request you receive. Verification fails closed.
//!
//! A signature proves only what its message covers. Where that is not the body, a
//! verified callback's amount or status may still have been altered in transit: act
//! on the resource read back from the API (the `read_back_*` functions), not on the
//! body.
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

/// Reads the resource a verified `OrderSucceeded` callback is about back from the API, with `GET /api/v2/order/detail/{order_id}`.
///
/// The signature covers only `{date}|{callback_url}`, not the body: a verified callback's amount or status may have been altered in transit. Act on what this returns, never on the callback's body.
///
/// Verify the callback first (see [`order_succeeded`]); `body` is its JSON body, whose `/order_id` names the resource. Only that id is taken from it. A body without the id is `Error::Callback`. For a callback without a body, call `get_order_details` with the id your own callback URL carries.
#[cfg(feature = "order")]
pub async fn read_back_order_succeeded(
    client: &crate::Client,
    body: &[u8],
) -> Result<
    <crate::operations::order::GetOrderDetails<'static> as paygen_runtime::Operation>::Output,
    crate::Error,
> {
    let id = paygen_runtime::callback::resource_id(body, "/order_id")?;
    client.order().get_order_details(id).send().await
}

/// Reads the resource a verified `OrderTimedOut` callback is about back from the API, with `GET /api/v2/order/detail/{order_id}`.
///
/// The signature covers only `{date}|{callback_url}`, not the body: a verified callback's amount or status may have been altered in transit. Act on what this returns, never on the callback's body.
///
/// Verify the callback first (see [`order_timed_out`]); `body` is its JSON body, whose `/order_id` names the resource. Only that id is taken from it. A body without the id is `Error::Callback`. For a callback without a body, call `get_order_details` with the id your own callback URL carries.
#[cfg(feature = "order")]
pub async fn read_back_order_timed_out(
    client: &crate::Client,
    body: &[u8],
) -> Result<
    <crate::operations::order::GetOrderDetails<'static> as paygen_runtime::Operation>::Output,
    crate::Error,
> {
    let id = paygen_runtime::callback::resource_id(body, "/order_id")?;
    client.order().get_order_details(id).send().await
}
