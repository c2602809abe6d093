/// Envelope of Get Orders Refund Info.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct OrderRefundInfoResponse {
    /// Always 0 in a success envelope; any other value makes the body an error (the error form is `ErrorEnvelope`).
    pub code: i64,
    /// What a refund of the order would return.
    pub data: super::OrderRefundInfo,
    /// "ok" on success, otherwise the error message.
    pub message: String,
    /// true on success.
    pub result: bool,
}
