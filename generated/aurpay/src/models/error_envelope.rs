/// The envelope in its error form; `code` is not 0.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ErrorEnvelope {
    /// Non-zero error code (public plugins treat 401 as an invalid API key).
    pub code: i64,
    /// Usually absent or null on errors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<serde_json::Value>,
    /// Error message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Error message as read by the public plugins on non-200 responses.
    ///
    /// **Inferred:** Only seen in plugin code reading non-200 bodies; may be an older field name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub msg: Option<String>,
    /// false on errors.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<bool>,
}
