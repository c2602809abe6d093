/// Envelope of Orders Refund.
///
/// **Inferred:** The page shows the refund object without the envelope (its text is copied from a GET page); the envelope used by every other endpoint is assumed.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct OrderRefundResponse {
    /// Always 0 in a success envelope; any other value makes the body an error (the error form is `ErrorEnvelope`).
    pub code: i64,
    /// Refund status of an order.
    pub data: super::OrderRefund,
    /// "ok" on success, otherwise the error message.
    pub message: String,
    /// true on success.
    pub result: bool,
}
