/// Envelope of Create BLN Withdraw.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BlnWithdrawResponse {
    /// 0 on success; any other value is an error.
    pub code: i64,
    /// Result of a Lightning withdrawal.
    pub data: serde_json::Value,
    /// "ok" on success, otherwise the error message.
    pub message: String,
    /// true on success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<bool>,
}
