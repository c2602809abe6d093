/// Envelope of Get Orders Details.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct OrderDetailResponse {
    /// Always 0 in a success envelope; any other value makes the body an error (the error form is `ErrorEnvelope`).
    pub code: i64,
    /// An order with the data of its payment transaction: the body of Get Orders
    /// Details and of the POST callbacks.
    pub data: super::OrderDetail,
    /// "ok" on success, otherwise the error message.
    pub message: String,
    /// true on success.
    pub result: bool,
}
