/// Envelope of Get Support Real Currency List.
#[derive(Clone, Debug, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct RealCurrencyListResponse {
    /// Always 0 in a success envelope; any other value makes the body an error (the error form is `ErrorEnvelope`).
    pub code: i64,
    /// Supported fiat currency codes.
    ///
    /// **Inferred:** The response shape was not retrieved; a list of ISO-4217 codes (the values accepted as currency / vs_currency) is assumed.
    pub data: Vec<String>,
    /// "ok" on success, otherwise the error message.
    pub message: String,
    /// true on success.
    pub result: bool,
}
