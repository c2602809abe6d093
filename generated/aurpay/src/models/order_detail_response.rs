/// Envelope of Get Orders Details.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrderDetailResponse {
    /// 0 on success; any other value is an error.
    pub code: i64,
    /// An order with the data of its payment transaction: the body of Get Orders
    /// Details and of the POST callbacks.
    pub data: super::OrderDetail,
    /// "ok" on success, otherwise the error message.
    pub message: String,
    /// true on success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<bool>,
}
