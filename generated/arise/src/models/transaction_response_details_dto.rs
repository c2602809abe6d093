/// An object with the properties `hostResponseCode`, `hostResponseMessage`, `hostResponseDefinition`, `code`, `message`, `processorResponseCode`, `authCode` and `maskedPan`.
#[derive(Clone, Default, PartialEq, serde::Deserialize)]
#[cfg_attr(feature = "serialize", derive(serde::Serialize))]
pub struct TransactionResponseDetailsDto {
    /// Two-character result code of the authorization.
    #[serde(
        rename = "hostResponseCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_response_code: Option<String>,
    /// Authorization response message
    #[serde(
        rename = "hostResponseMessage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_response_message: Option<String>,
    /// Response definition
    #[serde(
        rename = "hostResponseDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_response_definition: Option<String>,
    /// Overall outcome: Approve, Decline or Error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Free-form result description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// Result code from the processor.
    #[serde(
        rename = "processorResponseCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub processor_response_code: Option<String>,
    /// Authorization code of the transaction.
    #[serde(rename = "authCode", default, skip_serializing_if = "Option::is_none")]
    pub auth_code: Option<String>,
    /// Text.
    #[serde(rename = "maskedPan", default, skip_serializing_if = "Option::is_none")]
    pub masked_pan: Option<String>,
}

impl std::fmt::Debug for TransactionResponseDetailsDto {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TransactionResponseDetailsDto")
            .field("host_response_code", &self.host_response_code)
            .field("host_response_message", &self.host_response_message)
            .field("host_response_definition", &self.host_response_definition)
            .field("code", &self.code)
            .field("message", &self.message)
            .field("processor_response_code", &self.processor_response_code)
            .field("auth_code", &self.auth_code)
            .field(
                "masked_pan",
                &paygen_runtime::redact::Redacted::last4(&self.masked_pan),
            )
            .finish()
    }
}
