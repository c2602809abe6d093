/// Envelope of Get Support Crypto Currency List.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CryptoCurrencyListResponse {
    /// 0 on success; any other value is an error.
    pub code: i64,
    /// Supported chain/cryptocurrency pairs.
    pub data: Vec<super::CryptoCurrency>,
    /// "ok" on success, otherwise the error message.
    pub message: String,
    /// true on success.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<bool>,
}
