/// Envelope of Get API-Key.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct ApiKeyResponse {
    /// Always 0 in a success envelope; any other value makes the body an error (the error form is `ErrorEnvelope`).
    pub code: i64,
    /// The issued API key.
    pub data: super::ApiKey,
    /// "ok" on success, otherwise the error message.
    pub message: String,
    /// true on success.
    pub result: bool,
}
